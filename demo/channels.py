"""The demo channel tree: the reference page's navigation, in its order."""

from dataclasses import dataclass

from news.models import Channel


@dataclass(frozen=True)
class ChannelPlan:
    title: str
    slug: str
    topics: str = ""  # space-separated
    kind: str = Channel.Kind.NEWS
    link_url: str = ""
    # Every article of the channel carries these tags (modules and 专题 sections select by them).
    tags: tuple = ()
    parent: str = ""
    subsite_title: str = ""
    show_leaders: bool = False

    @property
    def topic_list(self):
        return self.topics.split()

    @property
    def has_articles(self):
        return self.kind != Channel.Kind.LINK


PLANS = [
    ChannelPlan("时政", "shizheng", "就业优先政策 产业工人队伍建设改革 稳岗扩岗举措 劳动法律法规宣传 民主管理制度建设"),
    ChannelPlan("评论", "pinglun", "职工权益保障 劳动者休息权 技能人才评价 平台用工规则 基层减负", tags=("职工之声",)),
    ChannelPlan(
        "国际", "guoji", "海外项目职工关爱 外派劳务人员权益保障 国际技能交流 中欧班列司乘服务 跨境电商从业者保障"
    ),
    ChannelPlan("军事", "junshi", "退役军人就业创业 军工企业技术攻关 双拥共建 国防教育进企业 退役军人技能培训"),
    ChannelPlan(
        "社会",
        "shehui",
        "户外劳动者服务站点 职工子女暑期托管 夜间施工安全 城市环卫保障 劳动者港湾",
        tags=("户外劳动者",),
    ),
    ChannelPlan("财经", "caijing", "工资增长机制 社保缴费服务 企业年金 职工消费帮扶 最低工资标准调整"),
    ChannelPlan("企业", "qiye", "技术革新 班组建设 数字化车间改造 安全生产月 劳模创新工作室"),
    ChannelPlan(
        "工会",
        "gonghui",
        "职工之家建设 工资集体协商 送温暖活动 工会会员入会 基层工会规范化建设",
        tags=("全总要闻",),
        subsite_title="中工工会",
        show_leaders=True,
    ),
    ChannelPlan("深度报道", "shendu", "新就业形态劳动者入会 产改一线调查 职工技能提升行动 欠薪治理", parent="gonghui"),
    ChannelPlan("维权", "weiquan", "欠薪追讨 劳动争议调解 工伤认定 职工法律援助 加班费纠纷", tags=("劳动者权益",)),
    ChannelPlan("就业", "jiuye", "高校毕业生就业 农民工返岗 技能培训补贴 零工市场建设 春风行动招聘会"),
    ChannelPlan("论坛", "luntan", kind=Channel.Kind.LINK, link_url="http://bbs.workercn.cn/"),
    ChannelPlan("博客", "boke", kind=Channel.Kind.LINK, link_url="http://blog.workercn.cn/"),
    ChannelPlan("理论", "lilun", "新时代产业工人 和谐劳动关系构建 工会改革创新 劳动教育 工人阶级主力军作用"),
    ChannelPlan(
        "人物", "renwu", "劳模事迹宣讲 工匠人才选树 最美职工评选 技术能手培养 青年岗位能手评选", tags=("劳动模范",)
    ),
    ChannelPlan("网视", "wangshi", "一线职工微纪录 工匠绝活展示 工会服务直播 技能大赛现场", kind=Channel.Kind.VIDEO),
    ChannelPlan(
        "图画",
        "tuhua",
        "高温作业防护 春运服务保障 重大工程建设 春耕农机作业 夜间抢修保供",
        kind=Channel.Kind.PICTURES,
    ),
    ChannelPlan("体育", "tiyu", "职工运动会 职工健步走 职工篮球联赛 全民健身进企业 工间操推广"),
    ChannelPlan("汽车", "qiche", "新能源汽车产线 汽车维修技能比武 货车司机之家 汽车产业工人培训"),
    ChannelPlan("文化", "wenhua", "职工书屋建设 职工文艺汇演 非遗技艺传承 企业文化建设 工人文化宫"),
    ChannelPlan("书画", "shuhua", "职工书画展 劳模书法作品 职工书画培训 职工摄影展"),
    ChannelPlan("教育", "jiaoyu", "职工学历提升 产教融合 技能人才培养 职业院校实训 新时代职工学校"),
    ChannelPlan("读书", "dushu", "职工读书月 职工荐书活动 书香企业建设 流动书屋进工地"),
    ChannelPlan("娱乐", "yule", "电影进工地 职工歌咏比赛 职工文艺轻骑兵 新春联欢会"),
    ChannelPlan("旅游", "lvyou", "职工疗休养 劳模疗休养 红色旅游线路 乡村旅游带动就业"),
    ChannelPlan("绿色", "lvse", "节能降耗 绿色工厂创建 生态护林员 垃圾分类 节水技改"),
    ChannelPlan("城建", "chengjian", "城市更新 地铁建设 老旧小区改造 建筑工人实名制 重点工程建设"),
    ChannelPlan("社区", "shequ", "社区工会 家门口就业 暖心驿站 社区养老服务 职工托育"),
    ChannelPlan(
        "打工", "dagong", "农民工返乡创业 打工者住房保障 工资支付保障 异地就医结算 打工子弟入学", tags=("职工之声",)
    ),
]


def ensure_channels(home) -> tuple[dict, int]:
    """Every planned channel by slug, made where missing; returns (channels, how many made)."""
    channels, made = {}, 0
    for plan in PLANS:
        parent = channels[plan.parent] if plan.parent else home
        channel = Channel.objects.child_of(parent).filter(slug=plan.slug).first()
        if channel is None:
            channel = parent.add_child(instance=_new_channel(plan))
            made += 1
        channels[plan.slug] = channel
    return channels, made


def _new_channel(plan):
    return Channel(
        title=plan.title,
        slug=plan.slug,
        show_in_menus=True,
        kind=plan.kind,
        link_url=plan.link_url,
        is_subsite=bool(plan.subsite_title),
        subsite_title=plan.subsite_title,
        show_leaders=plan.show_leaders,
    )
