"""The service loop (监督): 差评 cases and their deadlines, the complaints register, the working-day
calendar, and turning a 预公开 plan into a decision. No widgets.

What residents see of it (closed cases, handling results, decisions) is always anonymised here,
before it reaches a public screen, a snapshot or an export.
"""
