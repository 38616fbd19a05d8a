"""Settings read from the environment refuse a value they would otherwise misread."""

import subprocess
import sys

import pytest

from undrafts.settings import SettingError, env_bool, env_int, env_list, split_list


def test_a_mistyped_boolean_is_refused_not_read_as_false(monkeypatch):
    monkeypatch.setenv("UNDRAFTS_FLAG", "ture")
    with pytest.raises(SettingError, match="UNDRAFTS_FLAG must be 1/true"):
        env_bool("UNDRAFTS_FLAG", True)


@pytest.mark.parametrize("word", ["1", "true", "YES", " on "])
def test_the_usual_words_for_yes_read_as_true(monkeypatch, word):
    monkeypatch.setenv("UNDRAFTS_FLAG", word)
    assert env_bool("UNDRAFTS_FLAG", False) is True


@pytest.mark.parametrize("word", ["0", "false", "No", "off", ""])
def test_the_usual_words_for_no_read_as_false(monkeypatch, word):
    monkeypatch.setenv("UNDRAFTS_FLAG", word)
    assert env_bool("UNDRAFTS_FLAG", True) is False


def test_an_unset_variable_gives_the_default(monkeypatch):
    monkeypatch.delenv("UNDRAFTS_FLAG", raising=False)
    assert env_bool("UNDRAFTS_FLAG", True) is True
    assert env_int("UNDRAFTS_FLAG", 7) == 7
    assert env_list("UNDRAFTS_FLAG", "a,b") == ["a", "b"]


@pytest.mark.parametrize("word", ["sixty", "6O", "1.5", "-3", "１２"])
def test_a_number_that_is_not_a_whole_number_is_refused(monkeypatch, word):
    monkeypatch.setenv("UNDRAFTS_SECONDS", word)
    with pytest.raises(SettingError, match="UNDRAFTS_SECONDS must be a whole number from 0"):
        env_int("UNDRAFTS_SECONDS", 60)


def test_a_number_below_its_minimum_is_refused(monkeypatch):
    monkeypatch.setenv("UNDRAFTS_BYTES", "0")
    with pytest.raises(SettingError, match="from 1"):
        env_int("UNDRAFTS_BYTES", 10, minimum=1)
    monkeypatch.setenv("UNDRAFTS_BYTES", " 42 ")
    assert env_int("UNDRAFTS_BYTES", 10, minimum=1) == 42


def test_a_list_is_split_on_commas_and_blank_items_dropped(monkeypatch):
    monkeypatch.setenv("UNDRAFTS_HOSTS", " a.example.org, ,b.example.org,")
    assert env_list("UNDRAFTS_HOSTS", "") == ["a.example.org", "b.example.org"]
    assert split_list("") == []


def test_a_list_item_with_a_space_inside_is_refused(monkeypatch):
    # "a.org b.org" is a forgotten comma, not one host.
    monkeypatch.setenv("UNDRAFTS_HOSTS", "a.example.org b.example.org")
    with pytest.raises(SettingError, match="UNDRAFTS_HOSTS"):
        env_list("UNDRAFTS_HOSTS", "")


def test_the_site_will_not_start_on_a_mistyped_debug_flag():
    result = subprocess.run(
        [sys.executable, "-c", "import undrafts.settings"],
        env={"DJANGO_DEBUG": "ture", "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be 1/true/yes/on or 0/false/no/off; got 'ture'" in result.stderr
