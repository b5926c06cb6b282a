"""The one page `mkdocs serve` shows while the data is invalid: the problems, as plan-check prints them."""

from __future__ import annotations

from markupsafe import Markup, escape

TITLE = "Dữ liệu kế hoạch đang có lỗi"
MARKDOWN = f"# {TITLE}\n"


def html(report: str) -> str:
    return str(Markup(
        "<h1>{}</h1>"
        "<p>Bản xem trước chưa được dựng lại vì tệp dữ liệu có lỗi dưới đây (giống kết quả của "
        "<code>plan-check</code>). Sửa tệp và lưu lại: trang sẽ tự tải lại khi dữ liệu hợp lệ.</p>"
        '<pre class="plan-problems"><code>{}</code></pre>'
    ).format(TITLE, escape(report)))
