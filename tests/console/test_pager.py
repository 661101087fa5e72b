"""The console's one pager (templates/console/_pager.html): a list of 2,000 pages shows a
handful of links, never 2,000."""

import re

from jinja2 import Environment, FileSystemLoader

from banzheng.console.render import TEMPLATES


def _render(pages: int, current: int) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    pager = env.get_template("console/_pager.html").module.pager
    return str(pager(pages, current, "/console/queue?tab=accept&page=", target="#queue-table"))


def _links(html: str) -> list[str]:
    return re.findall(r">(\d+)</a>", html)


def test_the_first_the_last_and_two_either_side_of_the_current_page():
    html = _render(2000, 10)
    assert _links(html) == ["1", "8", "9", "10", "11", "12", "2000"]
    assert html.count("…") == 2
    assert re.search(r'href="/console/queue\?tab=accept&amp;page=10"[^>]*aria-current="page"', html)
    assert 'hx-get="/console/queue?tab=accept&amp;page=2000" hx-target="#queue-table"' in html


def test_near_the_ends_no_gap_is_shown_where_no_page_is_left_out():
    assert _links(_render(5, 1)) == ["1", "2", "3", "5"]
    assert _links(_render(4, 2)) == ["1", "2", "3", "4"] and "…" not in _render(4, 2)
    assert _render(1, 1).strip() == ""
