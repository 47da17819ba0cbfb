"""Plan and draft the follow-up after a job interview.

Standard library only, so the same code runs on CPython and, unchanged,
in Pyodide in the reader's browser. The page calls :func:`handle_json`;
Python callers use the typed functions below.
"""

from ._api import call, handle, handle_json
from ._calendar import (
    add_business_days,
    add_business_hours,
    format_day,
    is_business_day,
    relative_day,
)
from ._checks import CheckContext, Finding, check_draft
from ._drafts import (
    Draft,
    Occasion,
    Route,
    compose,
    recommended_template,
    route_step,
    route_template,
)
from ._ics import Event, calendar, plan_events
from ._mailto import mailto
from ._model import Details, Interviewer, Reply, Sent, Timeline
from ._names import first_name, formal_name
from ._phrasing import fragment, question, sentence
from ._plan import STEP_TITLES, Plan, Step, follow_up_kinds, make_plan
from ._request import FieldError, parse_request
from ._rules import RULES, Rules, RulesError, load_rules
from ._templates import TEMPLATES, TONES, MessageTemplate, TemplateError, load_templates, render

__all__ = [
    "RULES",
    "STEP_TITLES",
    "TEMPLATES",
    "TONES",
    "CheckContext",
    "Details",
    "Draft",
    "Event",
    "FieldError",
    "Finding",
    "Interviewer",
    "MessageTemplate",
    "Occasion",
    "Plan",
    "Reply",
    "Route",
    "Rules",
    "RulesError",
    "Sent",
    "Step",
    "TemplateError",
    "Timeline",
    "add_business_days",
    "add_business_hours",
    "calendar",
    "call",
    "check_draft",
    "compose",
    "first_name",
    "follow_up_kinds",
    "formal_name",
    "format_day",
    "fragment",
    "handle",
    "handle_json",
    "is_business_day",
    "load_rules",
    "load_templates",
    "mailto",
    "make_plan",
    "parse_request",
    "plan_events",
    "question",
    "recommended_template",
    "relative_day",
    "render",
    "route_step",
    "route_template",
    "sentence",
]
__version__ = "0.1.0"
