def test_home_page_renders_the_decision_number(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "3090/QĐ-UBND" in html
