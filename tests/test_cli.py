import json
import subprocess
import sys

from composer._cli import main


def test_sample_prints_plan_and_draft(capsys):
    """--sample prints the headline, the dated steps and the draft."""
    assert main(["--sample"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Send your thank-you today")
    assert (
        "Tue 8 Dec, 09:30  First check-in" in out
        and "Subject: Thank you – Product Designer interview – Sam Rivera" in out
    )


def test_json_output_is_the_api_answer(capsys):
    """--json prints exactly what the page receives."""
    assert main(["--sample", "--json", "--tone", "formal"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["tone"] == "formal" and answer["drafts"][0]["body"].startswith("Dear Priya,")


def test_bad_input_exits_2_with_clear_messages(capsys):
    """Bad dates exit with 2 and say which field is wrong, without a traceback."""
    code = main(["--sample", "--interview-date", "2026-02-30", "--now", "2026-11-23T10:00"])
    err = capsys.readouterr().err
    assert code == 2 and "interview_date: Enter the interview date as a real calendar date" in err
    assert "Traceback" not in err


def test_runs_as_a_module():
    """python -m composer works as a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "composer", "--sample"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "Best wishes," in done.stdout


def test_unreadable_file_is_a_clear_error(tmp_path, capsys):
    """A file that is not TOML gives exit 2 and names the file."""
    bad = tmp_path / "case.toml"
    bad.write_text("this is = = not toml")
    assert main(["--file", str(bad)]) == 2
    assert f"cannot read {bad}" in capsys.readouterr().err


def test_a_case_file_that_says_when_now_is_is_planned_from_then(tmp_path, capsys):
    """--file uses the file's own "now" rather than this computer's clock."""
    case = tmp_path / "case.toml"
    case.write_text(
        'now = "2026-11-25T10:00+00:00"\ncandidate_name = "Sam"\ncompany = "Acme"\nrole = "Designer"\n'
        'interview_date = "2026-11-24"\ninterview_time = "14:00"\n[[interviewers]]\nname = "Ana Lima"\n'
    )
    assert main(["--file", str(case), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (
        answer["plan"]["headline"]
        == "Send your thank-you today: the 24-hour window closes today at 14:00"
    )
