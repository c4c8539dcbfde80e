"""The inventory as an XLSX workbook: one sheet per view, plain cells ready to paste into filing forms."""
from __future__ import annotations

from pathlib import Path

from scanner.inventory.inventory import Inventory
from scanner.inventory.views import all_views


def write_xlsx(inv: Inventory, path: Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                               "strings_to_urls": False})
    try:
        header = workbook.add_format({"bold": True, "bg_color": "#F2F3F4", "border": 1, "text_wrap": True})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        count = workbook.add_format({"num_format": "#,##0", "valign": "top"})
        for view in all_views(inv):
            sheet = workbook.add_worksheet(view.name)
            sheet.write_row(0, 0, view.headers, header)
            for r, row in enumerate(view.rows, start=1):
                for c, value in enumerate(row):
                    if value is None:
                        sheet.write_blank(r, c, None, wrap)
                    elif isinstance(value, bool):
                        sheet.write_boolean(r, c, value, wrap)
                    elif isinstance(value, int):
                        sheet.write_number(r, c, value, count)
                    elif isinstance(value, float):
                        sheet.write_number(r, c, value, wrap)
                    else:
                        sheet.write_string(r, c, str(value), wrap)
            widths = [max([len(str(h))] + [min(len(str(row[i] or "")), 60) for row in view.rows])
                      for i, h in enumerate(view.headers)]
            for i, width in enumerate(widths):
                sheet.set_column(i, i, max(8, width + 2))
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(view.rows), 1), len(view.headers) - 1)
    finally:
        workbook.close()
