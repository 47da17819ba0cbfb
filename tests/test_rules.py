import datetime as dt

from composer import RULES, load_rules


def test_packaged_rules_match_the_guide_numbers():
    """The shipped rules say: thank-you within 24 h, on time until 48 h, check-in after 5 business
    days, or 2 after a date they gave, and two follow-ups at most."""
    assert (RULES.thank_you_best_hours, RULES.thank_you_on_time_hours) == (24, 48)
    assert RULES.check_in_after_interview_days == 5
    assert RULES.check_in_after_decision_days == 2
    assert RULES.max_follow_ups == 2


def test_load_rules_reads_other_text(tmp_path):
    """A changed rules file changes the parsed rules: nothing is hard-coded elsewhere."""
    from importlib import resources

    text = resources.files("composer").joinpath("rules.toml").read_text("utf-8")
    rules = load_rules(text.replace("best_within_hours = 24", "best_within_hours = 12"))
    assert rules.thank_you_best_hours == 12
    assert rules.work_start == dt.time(8, 0)


def test_as_dict_gives_plain_values():
    """as_dict turns times into HH:MM text so the guide can quote them."""
    values = RULES.as_dict()
    assert values["suggested_send"] == "09:30"
    assert values["subject_max_chars"] == 60
