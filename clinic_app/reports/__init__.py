"""Reports for managers: the engagement report (figures, PDF, CSV). No Qt here.

``engagement`` defines every figure and assembles a report from the raw counts that
``clinic_app.db.reports`` reads; ``export`` writes CSV and JSON; ``pdf`` prints it
(reportlab, imported only when a PDF is made).
"""
