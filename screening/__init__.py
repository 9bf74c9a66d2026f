"""敏感词筛查: a dictionary the newsroom keeps, matched over folded text.

Other apps call `screening.matcher.screen(text)` for one text, or
`screening.hits.screen_fields(source, {field: text}, user)` to screen and log a record's
fields (投稿, 举报, articles).
"""
