"""Rules for the failure kinds the tenth set of test pages showed (issue #14), each on a small
page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, figures_of, heads, paragraphs
from teipress.segment import segment_page


def test_an_editors_name_of_four_characters_with_no_han_surname_after_a_colon():
    page = REPORT + "责任编辑：其其格玛  美术编辑：温　晴\n"
    assert segment_page(page).editors == [("责任编辑", ["其其格玛"]), ("美术编辑", ["温晴"])]


def test_questions_of_a_question_and_answer_column_are_its_subheads():
    body = ("办事答疑\n\n医保报销这些事要知道\n\n本报记者 甘晓岚 整理\n\n"
            "新的一年，不少读者来电咨\n询医保报销问题，记者采访了\n市医保局有关负责人。\n{gap}"
            "问：异地就医怎样备案，要跑窗口吗？\n{gap}"
            "答：不用跑窗口，参保人\n在手机上就能办理备案，当天\n即可生效。\n{gap}"
            "问：门诊费用能报销吗？\n{gap}"
            "答：能。今年起门诊费用\n纳入统筹报销，比例为百分之\n五十。\n")
    for gap in ("", "\n"):  # glued on the answer, or a block of its own
        (article,) = articles(body.format(gap=gap))
        assert [s.head.text for s in article.sections] == [
            "问：异地就医怎样备案，要跑窗口吗？", "问：门诊费用能报销吗？"]
        assert [s.paragraphs[0].text[:2] for s in article.sections] == ["答：", "答："]


def test_a_profile_headline_broken_at_its_dash_is_one_headline():
    page = (REPORT +
            "县医院内科主任医师贺春兰——\n“病人的事，再小也是大事”\n（身边的好医生）\n\n"
            "本报记者 甘晓岚\n\n"
            "早上七点，贺春兰已经在病\n房里查完了第一轮房。她说，\n病人的事，再小也是大事。\n")
    profile = articles(page)[-1]
    assert profile.headline is not None
    assert profile.headline.text == ("县医院内科主任医师贺春兰——“病人的事，再小也是大事”"
                                     "（身边的好医生）")
    assert paragraphs(profile)[0].startswith("早上七点")


def test_a_datelines_bracket_wrapped_between_two_names():
    page = ("水库除险加固全部完工\n\n"
            "本报讯（通讯员 白玛\n"
            "龚一帆）截至6月底，全省计\n划实施的病险水库除险加固\n工程全部完工。\n")
    (article,) = articles(page)
    assert article.dateline is not None
    assert article.dateline.names == ["白玛", "龚一帆"]
    assert paragraphs(article) == ["截至6月底，全省计划实施的病险水库除险加固工程全部完工。"]


def test_a_caption_over_its_credit_alone_cutting_an_open_paragraph():
    page = ("平价月饼走俏\n\n本报记者 甘晓岚\n\n"
            "记者在走访中看到，不少市\n民拎着散装月饼说：“自己家\n吃，实惠又新鲜，想吃什么口\n\n"
            "9月16日，市民在超市选购散\n装月饼。\n\n"
            "本报记者 甘晓岚 摄\n\n"
            "味就挑什么。”\n")
    (article,) = articles(page)
    assert paragraphs(article) == [
        "记者在走访中看到，不少市民拎着散装月饼说：“自己家吃，实惠又新鲜，想吃什么口味就挑什么。”"]
    figures = figures_of(page)
    assert [[p.text for p in f.caption] for f in figures] == [["9月16日，市民在超市选购散装月饼。"]]


def test_a_bodys_supplied_copy_closes_its_box():
    page = ("消费提示\n选购月饼“三看”\n\n"
            "一看标签。选购时要查看生\n产日期和保质期。\n\n"
            "二看包装。礼盒包装层数不\n超过三层。\n\n"
            "（市消费者协会供稿）\n")
    (article,) = articles(page)
    assert paragraphs(article) == ["一看标签。选购时要查看生产日期和保质期。",
                                   "二看包装。礼盒包装层数不超过三层。"]
    assert [t.text for t in article.trailing] == ["（市消费者协会供稿）"]
    assert not article.sections


def test_a_transliterated_name_under_a_commentarys_headline_is_its_byline():
    page = ("消费观察\n\n让节日回归团圆味\n古丽娜尔·买合木提\n\n"
            "节日送的是心意，不是价\n签。商家要把心思花在品质\n上，消费者也要理性选择。\n")
    (article,) = articles(page)
    assert heads(article)[:2] == ("消费观察", "让节日回归团圆味")
    assert [b.text for b in article.bylines] == ["古丽娜尔·买合木提"]


def test_a_column_tag_joined_by_a_dot_is_no_name():
    page = ("创新驱动·城市样本\n\n智能工厂跑出加速度\n\n"
            "本报讯（记者 甘晓岚）今年\n以来，全市新建智能工厂十\n二家，产值增长三成。\n")
    (article,) = articles(page)
    assert article.kicker is not None
    assert article.kicker.text == "创新驱动·城市样本"
    assert not article.bylines


def test_a_first_line_left_at_a_columns_foot_over_a_caption_goes_on_after_it():
    page = ("小微企业减负超过三成\n\n"
            "本报讯（记者 甘晓岚）记者从\n省税务局获悉，去年全省新增\n减税降费超过三百亿元，其中\n"
            "小微企业受益占比超过七成。\n\n"
            "《关于延续实施减免政策\n\n"
            "1月6日，税务干部在一家个体商户店里讲解政策。（通讯员 邝宁 摄）\n\n"
            "的公告》明确，对月销售额十\n万元以下的小规模纳税人免征\n增值税。\n\n"
            "税务快讯\n\n"
            "本报讯（通讯员 巫马晴）近\n日，市税务局推出跨区域通\n办服务，已办理一万多笔。\n\n"
            "本报讯（通讯员 聂海川）县\n税务局组建服务小分队，深\n入乡村企业上门辅导。\n\n"
            "本报讯（通讯员 查敏）全市\n五十个办税服务厅推出预约\n服务，纳税人可网上预约。\n")
    report = articles(page)[0]
    assert paragraphs(report)[-1].startswith("《关于延续实施减免政策的公告》明确")
    assert report.kicker is None


def test_a_subtitle_without_a_dash_under_kicker_and_headline():
    page = ("小微企业税费优惠政策延续\n\n政策红利直达 市场主体减负\n\n"
            "我省去年新增减税降费超过三百亿元\n\n"
            "本报讯（记者 甘晓岚）记者从\n省税务局获悉，去年全省新增\n减税降费超过三百亿元。\n")
    (article,) = articles(page)
    assert heads(article) == ("小微企业税费优惠政策延续", "政策红利直达 市场主体减负",
                              "我省去年新增减税降费超过三百亿元")
    assert not article.sections


def test_heads_stacked_over_their_dateline_with_no_blank_line():
    page = ("小微企业税费优惠政策延续\n政策红利直达 市场主体减负\n"
            "我省去年新增减税降费超过三百亿元\n"
            "本报讯（记者 甘晓岚）记者从\n省税务局获悉，去年全省新增\n减税降费超过三百亿元。\n")
    (article,) = articles(page)
    assert heads(article)[:2] == ("小微企业税费优惠政策延续", "政策红利直达 市场主体减负")
    assert paragraphs(article) == ["记者从省税务局获悉，去年全省新增减税降费超过三百亿元。"]


def test_texts_of_two_boxes_side_by_side_printed_as_one_run():
    page = ("办税日历    温馨提示\n\n"
            "一月申报期截止到二十日    谨防涉税诈骗短信\n\n"
            "根据规定，一月份纳税申报期\n限截至二十日，纳税人要避免\n临近截止日集中办理申报。\n\n"
            "近期有不法分子冒充税务机\n关发送退税短信，诈骗短信要\n当心，切勿点击不明链接。\n\n"
            "（来源：江州市税务局）\n")
    found = sorted((*heads(a)[:2], paragraphs(a)[0][:4]) for a in articles(page))
    assert found == [("办税日历", "一月申报期截止到二十日", "根据规定"),
                     ("温馨提示", "谨防涉税诈骗短信", "近期有不")]


def test_a_kicker_after_a_photos_credit_over_a_commentarys_headline():
    page = (REPORT +
            "11月25日，与会人员在社区党群服务中心观摩交流。\n本报记者 甘晓岚 摄\n\n"
            "学习体会\n\n把群众的小事当成大事办\n\n诸葛宁\n\n"
            "最近，我跟随调研组走访\n了十几个村，最深的体会是：\n群众眼里没有小事。\n")
    commentary = articles(page)[-1]
    assert heads(commentary)[:2] == ("学习体会", "把群众的小事当成大事办")
    figures = figures_of(page)
    assert [f.title for f in figures] == [None]


def test_brief_heads_printed_after_their_texts():
    page = ("汛情速递\n\n"
            "本报西宁7月1日电（记者 甘\n晓岚）受强降雨影响，青海省\n启动防汛四级应急响应。\n\n"
            "◆青海启动防汛应急响应\n\n"
            "新华社武汉7月2日电（记者\n施晓楠）受上游来水影响，长\n江中游干流水位持续上涨。\n\n"
            "◆长江中游水位持续上涨\n\n"
            "本报讯（通讯员 龚一帆）全\n省病险水库除险加固主体工\n程全部完工。\n\n"
            "◆病险水库除险加固完工\n")
    found = [(heads(a)[1], paragraphs(a)[0][:3])
             for a in articles(page)]
    assert found == [("◆青海启动防汛应急响应", "受强降"), ("◆长江中游水位持续上涨", "受上游"),
                     ("◆病险水库除险加固完工", "全省病")]
