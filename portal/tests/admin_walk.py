"""Screens of the admin a newsroom member uses, and what they open on each: a step clicks
menus, tabs, side panels, dialogs and choosers, and yields each time there is something
new to read. Add a screen here and every walk reads it."""

from dataclasses import dataclass

from .english import english_in


@dataclass(frozen=True)
class Screen:
    name: str
    path: str  # formatted with the newsroom's ids
    steps: tuple = ()


def screen(name, path, *steps):
    return Screen(name, path, steps)


class Walker:
    """A logged-in (or not) browser page that reads screens; it knows when the page has
    stopped loading by the requests in flight, which also covers modals fetched by
    JavaScript and same-page navigation between tabs."""

    def __init__(self, page, base, ids, allowed, exempt):
        self.page, self.base, self.ids, self.allowed, self.exempt = page, base, ids, allowed, exempt
        self.in_flight = set()
        page.on("request", lambda request: self.in_flight.add(request))
        # A response counts: a keepalive fetch whose body nobody reads never "finishes".
        page.on("response", lambda response: self.in_flight.discard(response.request))
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", lambda request: self.in_flight.discard(request))

    def settle(self, quiet_ms=60, timeout_ms=10_000):
        """Wait until no request has been in flight for `quiet_ms` (menus fade in meanwhile)."""
        quiet = waited = 0
        while quiet < quiet_ms:
            self.page.wait_for_timeout(20)
            quiet = 0 if self.in_flight else quiet + 20
            waited += 20
            if waited > timeout_ms:
                raise TimeoutError(f"still loading: {[r.url for r in self.in_flight]}")

    def walk(self, screens):
        """{screen name: English found} over the screens and everything their steps open."""
        findings = {}
        for item in screens:
            try:
                words = self.read(item)
            except Exception as error:
                raise AssertionError(f"walking {item.name} ({item.path}): {error}") from error
            if words:
                findings[item.name] = words
        return findings

    def read(self, item):
        self.page.goto(self.base + item.path.format(**self.ids))
        self.settle()
        words = english_in(self.page, self.allowed, self.exempt)
        for step in item.steps:
            for _ in step(self):
                for word, sources in english_in(self.page, self.allowed, self.exempt).items():
                    words.setdefault(word, set()).update(sources)
        return words


def close(walker):
    """Close whatever is open: a chooser modal by its button, menus and dialogs on Escape."""
    modal = walker.page.locator(".modal")
    if modal.count():
        modal.locator("[data-dismiss=modal]").first.click()
        modal.wait_for(state="detached")
    else:
        walker.page.keyboard.press("Escape")


def click(*selectors, then=close):
    """Click these in turn (a panel, then a button in it) and read what they open."""

    def step(walker):
        for selector in selectors:
            walker.page.locator(f"{selector} >> visible=true").first.click()
            walker.settle()
        yield
        if then:
            then(walker)

    return step


def each(selector, then=close, limit=8):
    """Click every visible match in turn (tabs, menus) and read what each opens."""

    def step(walker):
        for target in walker.page.locator(f"{selector} >> visible=true").all()[:limit]:
            target.click()
            walker.settle()
            yield
            if then:
                then(walker)

    return step


def type_into(selector, text):
    def step(walker):
        walker.page.locator(selector).first.press_sequentially(text)
        walker.settle()
        yield
        close(walker)

    return step


def lists(*titles):
    """What a search screen must list: a word inside a title, or only in an article's text,
    finds it (the admin's search reads the portal's Chinese index)."""

    def step(walker):
        shown = walker.page.locator("table >> visible=true").first.inner_text()
        missing = [title for title in titles if title not in shown]
        assert not missing, f"not found: {missing}"
        yield from ()

    return step


def tabs(walker):
    """Every tab of a form, then back to the first."""
    page = walker.page
    panels = [tab.get_attribute("aria-controls") for tab in page.locator(".w-tabs__tab >> visible=true").all()]
    for panel in [*panels[1:], *panels[:1]]:
        page.locator(f'.w-tabs__tab[aria-controls="{panel}"]').click()
        walker.settle()
        yield


def new_paragraph(walker):
    """A new, empty rich-text block (its placeholder), then the block menu inside it."""
    page = walker.page
    page.locator(".c-sf-add-button >> visible=true").first.click()
    page.locator("[role=option] >> visible=true").first.click()  # 段落, the body's first block type
    walker.settle()
    yield
    page.locator(".Draftail-BlockToolbar__trigger >> visible=true").first.click()
    walker.settle()
    yield
    close(walker)


def filters(walker):
    """The filter menu of a listing and each filter's choices."""
    page = walker.page
    menu = page.locator("#filters-drilldown [data-w-dropdown-target=toggle]")
    filter_toggles = page.locator("#filters-drilldown .w-drilldown__toggle")
    for n in range(filter_toggles.count()):
        if menu.get_attribute("aria-expanded") != "true":
            menu.click()
        for back in page.locator(".w-drilldown__back >> visible=true").all():
            back.click()
        filter_toggles.nth(n).click()
        walker.settle()
        yield
    page.keyboard.press("Escape")


MENUS = each("[data-w-dropdown-target=toggle]:not(#filters-drilldown *)", limit=5)  # rows repeat theirs
SIDEBAR = each(".sidebar-menu-item__link[aria-haspopup], .sidebar-footer__account")
SHORTCUTS = click("[data-w-dismissible-id-value=help]", "[data-a11y-dialog-show=keyboard-shortcuts-dialog]")
SIDE_PANELS = each("[data-side-panel-toggle]", then=None)
STATUS = '[data-side-panel-toggle="status"]'
SCHEDULE = click(STATUS, "[data-a11y-dialog-show=schedule-publishing-dialog]", "[name=go_live_at]")
PRIVACY = click(STATUS, "[data-a11y-dialog-show=set-privacy]")
METRICS = click('[data-side-panel-toggle="checks"]', "[data-a11y-dialog-show=metrics-explainer-dialog]")
BLOCK_CHOOSER = click(".c-sf-add-button")
IMAGE_CHOOSER = click("#id_lead_image-chooser [data-chooser-action-choose]")
AUTHOR_CHOOSER = click("#id_bylines-ADD", "[id$=-author-chooser] [data-chooser-action-choose]")
TAGS = type_into(".tagit-new input", "职")
PAGE_CHOOSER = click("#id_items-ADD", "[id$=-article-chooser] [data-chooser-action-choose]")
WORKFLOW_ACTION = click(".w-dropdown-button [data-w-dropdown-target=toggle]", "[data-workflow-action-modal-url]")
MINIMAP = click("#w-minimap-toggle", then=None)
COMMENT = click(".w-field__comment-button--add")

EDITOR = (tabs, MENUS, SIDE_PANELS, SCHEDULE, METRICS, BLOCK_CHOOSER, TAGS, MINIMAP, COMMENT)
LISTING = (MENUS, filters)

LOGGED_OUT = [
    screen("登录", "/admin/login/"),
    screen("找回密码", "/admin/password_reset/"),
]

SCREENS = [
    screen("仪表板", "/admin/", SIDEBAR, SHORTCUTS, MENUS),
    screen("页面浏览:首页", "/admin/pages/{home}/", *LISTING),
    screen("页面浏览:栏目", "/admin/pages/{channel}/", *LISTING),
    screen("添加子页面", "/admin/pages/{channel}/add_subpage/"),
    screen("写稿", "/admin/pages/add/news/article/{folder}/", IMAGE_CHOOSER, AUTHOR_CHOOSER, new_paragraph, *EDITOR),
    screen("编辑稿件", "/admin/pages/{article}/edit/", *EDITOR, PRIVACY),
    screen("编辑已锁定的稿件", "/admin/pages/{locked}/edit/", MENUS, click(STATUS)),
    screen("审核中的稿件", "/admin/pages/{submitted}/edit/", MENUS, click(STATUS), WORKFLOW_ACTION),
    screen("页面历史", "/admin/pages/{article}/history/", *LISTING),
    screen("修订比较", "/admin/pages/{article}/revisions/compare/earliest...latest/"),
    screen("工作流历史", "/admin/pages/{submitted}/workflow_history/"),
    screen("工作流历史详情", "/admin/pages/{submitted}/workflow_history/detail/{state}/"),
    screen("移动页面", "/admin/pages/{article}/move/"),
    screen("复制页面", "/admin/pages/{article}/copy/"),
    screen("删除页面", "/admin/pages/{article}/delete/"),
    screen("取消发布", "/admin/pages/{article}/unpublish/"),
    screen("页面搜索", "/admin/pages/search/?q=代表大会", lists("职工代表大会在京胜利召开"), *LISTING),
    screen("正文搜索", "/admin/pages/search/?q=在京召开", lists("职工代表大会在京胜利召开")),
    screen("草稿搜索", "/admin/pages/search/?q=工会新闻", lists("送审稿件:工会新闻")),
    screen("片段", "/admin/snippets/"),
    screen("模块与推荐位", "/admin/snippets/placement/module/", *LISTING),
    screen("编辑模块", "/admin/snippets/placement/module/edit/{module}/", MENUS, PAGE_CHOOSER),
    screen("全总领导", "/admin/snippets/people/leader/", *LISTING),
    screen("作者", "/admin/snippets/people/author/", *LISTING),
    screen("图片", "/admin/images/", *LISTING),
    screen("添加图片", "/admin/images/multiple/add/"),
    screen("编辑图片", "/admin/images/{picture}/", MENUS),
    screen("文档", "/admin/documents/", *LISTING),
    screen("添加文档", "/admin/documents/multiple/add/"),
    screen("账户设置", "/admin/account/", tabs),
    screen("已锁定页面报告", "/admin/reports/locked/", *LISTING),
    screen("较早页面报告", "/admin/reports/aging-pages/", *LISTING),
    screen("工作流报告", "/admin/reports/workflow/", *LISTING),
    screen("工作流任务报告", "/admin/reports/workflow_tasks/", *LISTING),
    screen("站点历史", "/admin/reports/site-history/", *LISTING),
    screen("页面类型使用情况", "/admin/reports/page-types-usage/", *LISTING),
    screen("用户", "/admin/users/", *LISTING),
    screen("编辑用户", "/admin/users/edit/{chief}/", tabs),
    screen("添加用户", "/admin/users/new/", tabs),
    screen("用户组", "/admin/groups/", *LISTING),
    screen("编辑用户组", "/admin/groups/edit/{group}/"),
    screen("工作流", "/admin/workflows/list/", *LISTING),
    screen("编辑工作流", "/admin/workflows/edit/{workflow}/"),
    screen("工作流任务", "/admin/workflows/tasks/index/", *LISTING),
    screen("编辑任务", "/admin/workflows/tasks/edit/{task}/"),
    screen("站点设置", "/admin/settings/siteconfig/sitesettings/"),
    screen("重定向", "/admin/redirects/", *LISTING),
    screen("添加重定向", "/admin/redirects/add/"),
    screen("编辑重定向", "/admin/redirects/{redirect}/"),
    screen("收藏集", "/admin/collections/"),
    screen("新建专题", "/admin/pages/add/topics/topic/{topic_index}/", tabs, MENUS, SIDE_PANELS, BLOCK_CHOOSER),
    screen("更正", "/admin/corrections/", *LISTING),
    screen("添加更正", "/admin/corrections/new/", click("[id$=article-chooser] [data-chooser-action-choose]")),
    screen("栏目审核人", "/admin/channel_reviewers/", *LISTING),
    screen("添加栏目审核人", "/admin/channel_reviewers/new/"),
]
# What a reporter (记者) sees that an editor-in-chief does not: the dashboard with 我的稿件,
# and their own article locked while it is under review.
REPORTER_SCREENS = [
    screen("记者仪表板", "/admin/", SIDEBAR, MENUS),
    screen("记者写稿", "/admin/pages/add/news/article/{folder}/", *EDITOR),
    screen("记者送审中的稿件", "/admin/pages/{submitted}/edit/", click(STATUS)),
]
