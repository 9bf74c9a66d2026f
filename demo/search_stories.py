"""Stories written for the search tests: each has words no generated article uses, so a query
has a known answer. They are part of the demo too, so a reader can try the same queries.
All names, firms and figures are invented for this project."""

import zlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction

from news.models import Article

from .articles import publish_draft
from .writing import Draft


@dataclass(frozen=True)
class Story:
    key: str
    channel: str  # demo channel slug
    title: str
    paragraphs: tuple
    days_ago: int = 1
    kicker: str = ""
    subtitle: str = ""
    summary: str = ""
    tags: tuple = ()
    authors: tuple = ("周文静",)
    extra: dict = field(default_factory=dict)

    @property
    def minutes_earlier(self):
        """Stories of one day are spread over its newsroom hours (stable: from the key),
        not all stamped with one minute."""
        return zlib.crc32(self.key.encode()) % (16 * 60)

    def draft(self, now):
        return Draft(
            title=self.title,
            kicker=self.kicker,
            subtitle=self.subtitle,
            summary=self.summary,
            paragraphs=list(self.paragraphs),
            publish_time=now - timedelta(days=self.days_ago, minutes=self.minutes_earlier),
            authors=list(self.authors),
            editor="宋雨桐",
            source="中工网",
            tags=list(self.tags),
        )


STORIES = [
    Story(
        "digital_skills",
        "shizheng",
        "全国总工会部署职工数字技能提升行动",
        (
            "全国总工会日前印发行动方案，提出到2035年培育一支规模宏大的数字技能人才队伍。",
            "方案明确，各级工会将依托职工学校开设人工智能、工业互联网等课程，每年培训一线职工百万人次。",
        ),
        kicker="面向2035年",
        tags=("数字技能",),
        authors=("林晓燕",),
    ),
    Story(
        "model_workers_campus",
        "renwu",
        "劳动模范走进校园讲述奋斗故事",
        (
            "十位劳动模范走进青禾中学，与八百多名学生分享从学徒到大国工匠的成长经历。",
            "一位劳动模范说：“手上的老茧，是最好的毕业证书。”台下响起热烈掌声。",
        ),
        tags=("劳模宣讲",),
    ),
    Story(
        "chatgpt_training",
        "qiye",
        "职工学用ChatGPT等AI工具 办公效率提升三成",
        (
            "在长江航运集团，两百多名职工参加生成式人工智能应用培训，学习用ChatGPT起草通知、整理台账。",
            "培训结束后的测评显示，参训职工处理文书的时间平均缩短了三成。",
        ),
    ),
    Story(
        "mine_5g",
        "qiye",
        "5G专网进矿山 井下作业实现远程操控",
        (
            "晋北一座煤矿建成5G专网，采煤机司机在地面调度室就能远程操控井下设备。",
            "矿方介绍，远程操控投用后，井下同时作业人数减少四成，安全隐患明显下降。",
        ),
    ),
    Story(
        "night_works",
        "chengjian",
        "城市更新工地推行错峰作业",
        (
            "为减少夜间施工噪声扰民，多个城市更新工地把高噪声工序调整到白天进行。",
            "工地负责人表示，错峰作业后居民投诉大幅减少，工人也能按时休息。",
        ),
    ),
    Story(
        "night_market",
        "shequ",
        "夜市摊主的一天",
        (
            "夜间客流高峰时，烤红薯摊前排起长队，摊主老贺一晚要烤两百多个。",
            "去年附近道路施工期间，夜市临时搬迁，社区帮摊主们找到了新的摆摊点。",
        ),
    ),
    Story(
        "cold_wave",
        "shehui",
        "凌晨四点的清雪车",
        (
            "一夜降雪后，城管部门出动清雪车一百二十台，抢在早高峰前打通主干道。",
            "清雪队员在零下十五摄氏度的街头连续作业八小时，保障市民出行。",
        ),
        kicker="寒潮来袭",
    ),
    Story(
        "ski_volunteers",
        "tiyu",
        "职工志愿者服务滑雪公开赛",
        (
            "来自八家企业的六十名职工志愿者，在崇礼的滑雪公开赛上负责引导和赛道保障。",
            "志愿者们提前一个月参加培训，熟悉赛事流程和应急处置。",
        ),
        tags=("冰雪运动",),
    ),
    Story(
        "delivery_robots",
        "jiuye",
        "无人配送车上路 末端配送员转岗做调度",
        (
            "在一个新建园区，无人配送车承担了大部分短途送货任务。",
            "原来的末端配送员经过培训转岗做调度，收入没有降低，劳动强度却小了。",
        ),
    ),
    Story(
        "logistics_fair",
        "jiuye",
        "物流园区招聘会吸引千人应聘",
        (
            "物流园区招聘会当天提供叉车操作、分拣、客服等岗位一千二百个。",
            "现场还展示了无人配送车、智能分拣线等新设备，不少求职者驻足咨询。",
        ),
    ),
    Story(
        "winter_arrears",
        "weiquan",
        "根治欠薪冬季专项行动启动",
        (
            "人社部门联合工会启动冬季专项行动，重点检查工程建设领域工资支付情况。",
            "专项行动期间开通绿色通道，农民工反映的欠薪线索实行限时办结。",
        ),
    ),
    Story(
        "occupational_injury",
        "weiquan",
        "外卖骑手工伤有了新保障",
        (
            "新就业形态就业人员职业伤害保障试点扩围，更多外卖骑手纳入保障范围。",
            "一名骑手在送餐途中摔伤，二十天内就拿到了职业伤害保障待遇。",
        ),
    ),
    Story(
        "cyber_drill",
        "qiye",
        "电力职工开展网络安全攻防演练",
        (
            "省电力公司组织网络安全攻防演练，三十支职工队伍分成红蓝两方对抗。",
            "演练发现的十二个隐患已全部整改，网络安全防护能力进一步提高。",
        ),
    ),
    Story(
        "port_ipv6",
        "qiye",
        "港口码头完成IPv6改造",
        (
            "东港码头完成IPv6升级改造，岸桥、堆场和闸口设备全部接入新网络。",
            "技术员说，改造后设备联网数量不再受地址限制，远程运维更方便。",
        ),
    ),
    Story(
        "battery_recycling",
        "caijing",
        "动力电池回收产业吸纳就业",
        (
            "随着新能源汽车保有量增长，动力电池回收成为新的就业增长点。",
            "一家回收企业今年新增拆解、检测岗位三百多个，优先招收本地职工。",
        ),
    ),
    Story(
        "nuclear_welder",
        "renwu",
        "核电焊接大师的毫米级坚守",
        (
            "在核电站建设现场，焊接大师张卫东带领班组完成主管道焊接，合格率百分之百。",
            "张卫东说：“核电焊缝容不得一丝马虎。”",
        ),
    ),
    Story(
        "border_books",
        "wenhua",
        "书屋开进高原边防站",
        (
            "一批新书运抵海拔四千米的边防站，官兵和护边员有了自己的书屋。",
            "书屋里既有技术手册，也有小说和诗集，成了边防站最热闹的地方。",
        ),
    ),
    Story(
        "heat_relief",
        "shehui",
        "高温下的清凉驿站",
        (
            "入伏以来，多地工会为户外劳动者送去绿豆汤、藿香正气水等防暑降温物品。",
            "各地清凉驿站延长开放时间，供户外劳动者歇脚、喝水、纳凉。",
        ),
    ),
    Story(
        "railway_rush",
        "shizheng",
        "铁路职工春运坚守岗位",
        (
            "春运首日，车站客运员、列车乘务员和线路工全员在岗，保障旅客平安回家。",
            "铁路部门增开夜间列车，方便务工人员返乡。",
        ),
        kicker="万家团圆时",
    ),
    Story(
        "drone_patrol",
        "qiye",
        "无人机巡检让高压线路“体检”更精准",
        (
            "供电公司用无人机巡检高压线路，一天能完成过去一周的巡线工作量。",
            "巡检图像由算法自动识别缺陷，巡线工从爬塔改为复核和检修。",
        ),
    ),
    Story(
        "silver_workers",
        "shequ",
        "银发职工再就业 社区岗位受欢迎",
        (
            "社区为退休后仍想工作的银发职工开设专场招聘，提供图书管理、助餐等岗位。",
            "六十二岁的老周在社区食堂帮厨，他说干点活身体更硬朗。",
        ),
    ),
    Story(
        "seafarers",
        "guoji",
        "远洋船员换班回国 工会组织健康体检",
        (
            "四十名远洋船员结束十个月的海上作业，在青岛港完成换班。",
            "海员工会为船员安排健康体检和心理疏导，并帮他们办理社保续缴。",
        ),
    ),
    Story(
        "luban_workshop",
        "guoji",
        "中国技师赴海外培训当地焊工",
        (
            "依托鲁班工坊，十名中国技师在海外为当地青年开设焊接和电工课程。",
            "首批学员全部通过考核，鲁班工坊的第二期培训已开始报名。",
        ),
    ),
    Story(
        "bank_ai_service",
        "caijing",
        "银行启用AI客服 柜员转型理财顾问",
        (
            "一家城商行上线AI客服后，常见业务咨询由机器人即时回答。",
            "原柜员经过培训转型理财顾问，为客户提供面对面服务。",
        ),
    ),
    Story(
        "union_archives",
        "wenhua",
        "档案馆修复百年工会文献",
        (
            "市档案馆用三年时间修复了一批二十年代的工会文献，包括会员证和传单。",
            "修复后的工会文献将以数字化形式向公众开放。",
        ),
        days_ago=400,
    ),
    Story(
        "hotline_12351",
        "gonghui",
        "12351职工服务热线全年接听咨询十万次",
        (
            "12351职工服务热线全年接听咨询十万余次，劳动合同和工资问题占比最高。",
            "热线对疑难诉求实行专人跟进，办结率超过九成。",
        ),
    ),
    Story(
        "solar_roof",
        "lvse",
        "钢铁厂建成光伏屋顶",
        (
            "厂房屋顶铺设光伏板十二万平方米，年发电量可满足全厂三成用电。",
            "项目建设期间，厂里组织电工参加新能源运维培训。",
        ),
        summary="这座钢铁厂正朝着零碳工厂目标迈进。",
    ),
    Story(
        "welder_thirty_years",
        "renwu",
        "一根焊枪三十年",
        (
            "从十八岁进厂当学徒起，她手中的焊枪就没有放下过。",
            "三十年里，她带出的徒弟有四十多人成为高级技师。",
        ),
        subtitle="记全国五一劳动奖章获得者李红梅",
    ),
    Story(
        "union_meeting",
        "gonghui",
        "全国总工会召开基层工作座谈会",
        ("座谈会听取了十二个省份基层组织建设情况汇报。", "会议要求进一步把服务阵地向一线延伸。"),
    ),
    Story(
        "chemical_expo",
        "caijing",
        "国际化工会展在沪开幕",
        ("本届化工会展吸引一千多家参展商，展示新材料和节能装备。", "展会期间还举办了产业链合作对接活动。"),
    ),
]

# Each query with the stories that must all be among its top three results.
QUERIES = [
    ("全国总工会 数字技能", ["digital_skills"]),
    ("林晓燕", ["digital_skills"]),
    ("2035年", ["digital_skills"]),
    ("勞動模範 校園", ["model_workers_campus"]),
    ("ChatGPT", ["chatgpt_training"]),
    ("chatgpt 培训", ["chatgpt_training"]),
    ("5G专网", ["mine_5g"]),
    ("矿山 远程操控", ["mine_5g"]),
    ('"夜间施工"', ["night_works"]),
    ("夜市 摊主", ["night_market"]),
    ("寒潮", ["cold_wave"]),
    ("冰雪运动", ["ski_volunteers"]),
    ("无人配送车", ["delivery_robots", "logistics_fair"]),
    ("冬季专项行动", ["winter_arrears"]),
    ("職業傷害保障", ["occupational_injury"]),
    ("網絡安全 演練", ["cyber_drill"]),
    ("IPv6", ["port_ipv6"]),
    ("动力电池回收", ["battery_recycling"]),
    ("张卫东", ["nuclear_welder"]),
    ("边防站", ["border_books"]),
    ("防暑降温", ["heat_relief"]),
    ("铁路 春运", ["railway_rush"]),
    ("无人机巡检", ["drone_patrol"]),
    ("高压线路", ["drone_patrol"]),
    ("银发职工", ["silver_workers"]),
    ("远洋船员", ["seafarers"]),
    ("鲁班工坊", ["luban_workshop"]),
    ("“鲁班工坊” 焊接", ["luban_workshop"]),
    ("AI客服", ["bank_ai_service"]),
    ("工会文献", ["union_archives"]),
    ("12351", ["hotline_12351"]),
    ("零碳工厂", ["solar_roof"]),
    ("李红梅", ["welder_thirty_years"]),
    ("全国总工会 座谈会", ["union_meeting"]),
    ("化工会展", ["chemical_expo"]),
    # Copied from the middle of a sentence, as a reader pastes it.
    ("远程操控井下设备", ["mine_5g"]),
    ("采煤机司机", ["mine_5g"]),
    ("错峰作业", ["night_works"]),
    ("烤红薯摊", ["night_market"]),
    ("清雪车", ["cold_wave"]),
    ("零下十五摄氏度", ["cold_wave"]),
    ("崇礼", ["ski_volunteers"]),
    ("末端配送员转岗", ["delivery_robots"]),
    ("叉车操作", ["logistics_fair"]),
    ("欠薪线索", ["winter_arrears"]),
    ("职业伤害保障待遇", ["occupational_injury"]),
    ("红蓝两方对抗", ["cyber_drill"]),
    ("岸桥、堆场和闸口", ["port_ipv6"]),
    ("主管道焊接", ["nuclear_welder"]),
    ("海拔四千米", ["border_books"]),
    ("绿豆汤", ["heat_relief"]),
    ("增开夜间列车", ["railway_rush"]),
    ("巡检图像", ["drone_patrol"]),
    ("社区食堂帮厨", ["silver_workers"]),
    ("心理疏导", ["seafarers"]),
]


def publish_stories(channels, now, authors):
    """File the stories not filed before in their channels; returns the new articles."""
    made = []
    with transaction.atomic():
        for story in STORIES:
            channel = channels[story.channel]
            if not Article.objects.filter(primary_channel=channel, title=story.title).exists():
                made.append(publish_draft(channel, story.draft(now), authors, None, f"story-{story.key}")[0])
    return made
