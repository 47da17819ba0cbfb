"""Plan and draft the follow-up after a job interview.

Standard library only, so the same code runs on CPython and, unchanged,
in Pyodide in the reader's browser. The page calls :func:`handle_json`;
Python callers use the typed functions below.
"""

from ._api import call, handle, handle_json
from ._calendar import add_business_days, format_day, is_business_day, relative_day
from ._checks import CheckContext, Finding, check_draft
from ._drafts import Draft, compose, recommended_template
from ._ics import calendar
from ._mailto import mailto
from ._model import Details, Interviewer, Reply, Sent, Timeline
from ._plan import Plan, Step, make_plan
from ._request import FieldError, parse_request
from ._rules import RULES, Rules, load_rules
from ._templates import TEMPLATES, TONES, MessageTemplate, render

__all__ = [
    "RULES",
    "TEMPLATES",
    "TONES",
    "CheckContext",
    "Details",
    "Draft",
    "FieldError",
    "Finding",
    "Interviewer",
    "MessageTemplate",
    "Plan",
    "Reply",
    "Rules",
    "Sent",
    "Step",
    "Timeline",
    "add_business_days",
    "calendar",
    "call",
    "check_draft",
    "compose",
    "format_day",
    "handle",
    "handle_json",
    "is_business_day",
    "load_rules",
    "mailto",
    "make_plan",
    "parse_request",
    "recommended_template",
    "relative_day",
    "render",
]
__version__ = "0.1.0"
