"""Phrase lists the demo writer draws from: synthetic labour-news wording, written for
this project. Each list is short; variety comes from combining them."""


def _words(text):
    """A list written as whitespace-separated words, to keep long lists readable."""
    return text.split()


PROVINCES = _words(
    """
    北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建
    江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 陕西
    甘肃 青海 宁夏 新疆
    """
)

CITIES = _words(
    """
    苏州 宁波 青岛 大连 厦门 深圳 佛山 东莞 无锡 温州 烟台 洛阳 襄阳
    株洲 柳州 绵阳 遵义 曲靖 宝鸡 天水 唐山 包头 鞍山 吉林市 大庆 芜湖
    赣州 泉州 潍坊 宜昌
    """
)

FIRM_NAMES = _words(
    """
    华宇 恒通 远航 新达 汇川 金桥 明德 长兴 瑞丰 东升 宏图 安泰 振华
    永信 嘉禾 北辰 南星 启明 合力 天成
    """
)

FIRM_KINDS = _words(
    """
    机械厂 建设集团 物流公司 供电公司 港务公司 纺织厂 钢铁公司 汽车零部件公司
    化工公司 电子厂 轨道交通公司 装备制造公司 环卫服务公司 食品公司 矿业公司
    """
)

WORKPLACES = _words(
    """
    生产车间 施工现场 装配线旁 调度大厅 检修现场 码头作业区 仓储中心 实训基地
    """
)

GROUPS = _words(
    """
    一线职工 农民工 快递小哥 货车司机 环卫工人 产业工人 技术工人
    新就业形态劳动者 女职工 青年职工 外卖骑手 建筑工人 网约车司机 困难职工
    退休职工 高技能人才
    """
)

POSTS = _words(
    """
    焊工 电工 钳工 车工 班组长 调度员 质检员 装配工 巡检工 数控操作工
    叉车司机 养护工 维修工 技术员 塔吊司机 仓管员
    """
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
    "于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷"
    "龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常"
)

GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏宇晨欣悦浩然思雨"
    "晓峰志国海波丹琳雪梅俊凯旭东亮斌宁博"
)

SOURCES = [
    "中工网",
    "中工网--《工人日报》",
    "《工人日报》",
    "新华社",
    "人民网",
    "央广网",
    "中国新闻网",
]

# Tags that modules select by: a few articles of any channel may carry one of them.
MODULE_TAGS = ["热点专题", "职工之声"]

TOPIC_TAGS = _words(
    """
    劳动模范 技能竞赛 安全生产 工匠精神 新就业形态 集体协商 职工书屋 送温暖
    """
)

# Title pieces: {place} {topic} {group} {unit} {n} are filled by the writer.
TITLE_TEMPLATES = [
    "{place}{topic}{progress}",
    "{place}总工会{launch}{topic}",
    "{place}：{m}名{group}{joined}",
    "{topic}让{group}{benefit}",
    "{unit}：{topic}{progress}",
    "{place}{n}万{group}{benefit}",
    "聚焦{topic} {place}{measure}",
    "{group}的{season}：{scene}",
    "{place}{topic}{momentum}",
    "{place}为{group}{support}",
    "{topic}如何{question}？",
    "{unit}{post}：{motto}",
]

# How a headline says things move: each a few times at most, not one phrase for dozens.
MOMENTUM = _words(
    """
    跑出“加速度” 驶入快车道 迈上新台阶 打开新局面 释放新活力 结出新硕果 有了新气象
    蹚出新路子 按下“加速键” 走深走实 提质扩面
    """
)

PROGRESS = _words(
    """
    落地见效 持续升温 扎实推进 取得新进展 交出亮眼成绩单 按下“快进键”
    迈出新步伐 稳步铺开 见实效 全面提速
    """
)

LAUNCH = _words(
    """
    启动 部署 推出 全面开展 深入推进 集中开展 发布实施方案推进
    """
)

JOINED = _words(
    """
    同台比武 参加技能培训 走上领奖台 签订集体合同 领到“清凉包” 走进职工课堂
    参加健康体检
    """
)

BENEFIT = _words(
    """
    更有获得感 有了“娘家人” 干得更安心 收入稳步增长 享受暖心服务 技能再提升
    有了新奔头
    """
)

MEASURE = _words(
    """
    多措并举 出台新举措 打出“组合拳” 建立长效机制 织密服务网络 开展专项行动
    """
)

SEASONS = _words(
    """
    盛夏 寒冬 春运 年关 雨季 夜班 节日
    """
)

SCENES = _words(
    """
    坚守岗位保运行 汗水浸透工装 灯火通明赶工期 一线抢修不停歇 默默守护万家灯火
    穿梭街巷送温暖
    """
)

SUPPORT = _words(
    """
    送去清凉 撑起“保护伞” 搭建成长平台 解决急难愁盼 开辟维权绿色通道
    办好民生实事
    """
)

QUESTIONS = _words(
    """
    破解难题 落到实处 更好惠及职工 走深走实 兼顾效率与公平
    """
)

MOTTOS = [
    "把每一道工序做到极致",
    "手上有功夫心里才踏实",
    "安全是最大的效益",
    "技术活要一点点磨出来",
    "岗位虽小也能出彩",
    "干一行就要爱一行",
]

KICKERS = [
    "聚焦{topic}",
    "{place}总工会多措并举",
    "记者蹲点{industry}一线",
    "关注{group}权益保障",
    "走基层",
    "奋进新征程 建功新时代",
    "一线观察",
    "工会在行动",
]

SUBTITLES = [
    "——{place}{unit}{topic}工作侧记",
    "{n}万名{group}从中受益",
    "——来自{industry}一线的报道",
    "{place}探索{topic}新路径",
]

INDUSTRIES = _words(
    """
    建筑业 铁路 电力 港口 纺织 煤炭 快递物流 汽车制造 石油化工 钢铁 民航
    环卫 餐饮 装备制造 新能源 城市公交
    """
)

# Body sentences; {date} is the day before publication, in words.
LEADS = [
    "{date}，记者从{place}总工会获悉，{topic}工作{progress}，当地各级工会已累计覆盖{group}{n}万余人。",
    "{date}，{place}总工会召开专题会议，部署{topic}相关工作，要求各级工会把好事办实、实事办好。",
    "{date}，一场围绕{topic}的活动在{unit}举行，来自{industry}等行业的{m}余名{group}参加。",
    "“{feeling}”{date}，在{unit}的{workplace}，{post}{name}向记者说起这一年的变化。",
]

FEELINGS = [
    "现在干活更有底气了",
    "工会的服务送到了家门口",
    "技能提升了，工资也涨了",
    "遇到难事知道该找谁了",
    "大家心里都暖烘烘的",
    "没想到比赛能学到这么多",
    "厂里的条件一年比一年好",
]

SCENE_SENTENCES = [
    "在{unit}的{workplace}，{post}{name}正在{doing}，动作娴熟，一丝不苟。",
    "走进{unit}，{workplace}里机器轰鸣，{m}多名职工正在{doing}。",
    "清晨六点，{post}{name}已经来到{workplace}，开始一天的{task}。",
]

DOINGS = _words(
    """
    调试新设备 检查线路 核对工单 焊接构件 装配零部件 清点物料 巡查安全隐患
    操作数控机床
    """
)

TASKS = _words(
    """
    巡检工作 生产准备 设备保养 班前安全讲话 交接班
    """
)

DATA_SENTENCES = [
    "据统计，今年以来，{place}各级工会共投入资金{m}余万元，开展{topic}相关活动{k}场次，服务职工{n}万人次。",
    "数据显示，参与活动的企业中，职工满意度达到{pct}%，较去年提高{small}个百分点。",
    "截至目前，{place}已建成各类服务站点{k}个，其中不少设在{industry}企业集中的园区。",
    "{unit}去年以来共开展技术攻关{k}项，其中{small}项成果获得国家专利，累计创造效益{m}余万元。",
]

VIEWS = [
    "{topic}关系{group}的切身利益，也是检验工会工作成效的一把尺子。",
    "业内人士认为，做好{topic}，关键在于把职工的需求摆在首位，让服务跟着职工走。",
    "专家指出，{topic}既要解决眼前问题，也要建立制度保障，形成可复制、可推广的经验。",
    "在{industry}领域，{group}流动性大、诉求多样，{topic}需要更加精准的举措。",
]

PLANS = [
    "持续深化产业工人队伍建设改革",
    "扩大技能培训覆盖面",
    "推动工资集体协商提质增效",
    "完善困难职工帮扶机制",
    "加强劳动安全卫生监督",
    "把服务阵地延伸到新业态领域",
    "健全劳动争议多元化解机制",
    "推进职工之家规范化建设",
]

PLAN_SENTENCE = "{place}总工会有关负责人表示，下一步将{plan1}，{plan2}，{plan3}，努力让广大职工共享发展成果。"

CLOSINGS = [
    "“{feeling}。”采访结束时，{name}笑着说。",
    "“我们会把这件事一直做下去。”{unit}工会主席{name}说。",
    "对于未来，{name}很有信心：“只要肯学肯干，一线工人也能有大作为。”",
]

QUOTES = [
    "把职工当亲人，把职工的事当自己的事，工会工作才有温度。",
    "技能是职工安身立命的本钱，也是企业发展的底气。",
    "安全生产没有旁观者，每一个岗位都是一道防线。",
    "让劳动者体面劳动、全面发展，是我们始终不变的追求。",
    "制度落地的最后一公里，要靠基层工会一步步走出来。",
]

CAPTIONS = [
    "{unit}职工在{workplace}{doing}。",
    "{place}技能竞赛现场，参赛选手正在{doing}。",
    "工会志愿者为{group}送上慰问品。",
    "{season}时节，{group}在{workplace}坚守岗位。",
]

INFO_PAGES = [
    (
        "关于我们",
        "about",
        "本站是面向广大职工的新闻网站，报道劳动者的工作与生活，传递工会的声音。（演示内容，可在后台修改）",
    ),
    ("广告服务", "ads", "如需在本站投放广告，请通过页面下方的联系方式与广告部联系。（演示内容，可在后台修改）"),
    ("联系我们", "contact", "编辑部地址、电话与邮箱请在后台填写。来信请注明联系方式，我们会尽快回复。（演示内容）"),
    (
        "版权声明",
        "copyright",
        "本站刊登的原创稿件和图片，未经书面授权不得转载、摘编或以其他方式使用。（演示内容，可在后台修改）",
    ),
]
