"""The hall's statistics as tables, spreadsheets and a printable monthly report (统计报表). No Qt.

``tables`` turns a ``data.statistics.HallReport`` into named tables of plain values (the one
shape every output shares); ``spreadsheet`` writes them as CSV and XLSX; ``pdf`` lays out the
report with its charts (``charts``, ReportLab graphics) in the hall's TrueType CJK font;
``files`` names the files and writes any of the three. The console's statistics page and
``kiosk report`` both use ``write_report``.
"""
