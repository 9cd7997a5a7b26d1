import json

from curator.core.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "none.json") == Settings()


def test_round_trip(tmp_path):
    path = tmp_path / "s.json"
    save_settings(Settings(user="李编辑", role="reviewer", theme="dark"), path)
    loaded = load_settings(path)
    assert (loaded.user_name, loaded.role, loaded.theme) == ("李编辑", "reviewer", "dark")


def test_the_second_opinion_is_off_by_default_and_round_trips(tmp_path):
    path = tmp_path / "s.json"
    assert Settings().second_opinion is False
    save_settings(Settings(second_opinion=True), path)
    assert load_settings(path).second_opinion is True
    path.write_text(json.dumps({"second_opinion": "yes"}))  # not a bool: the default
    assert load_settings(path).second_opinion is False


def test_wrong_values_fall_back_to_defaults(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"role": "boss", "theme": 3, "font_size": 500, "user": "x", "extra": 1}))
    loaded = load_settings(path)
    assert (loaded.role, loaded.theme, loaded.font_size, loaded.user) == ("editor", "light", 15, "x")


def test_corrupt_file_gives_defaults(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(b"\xff{not json")
    assert load_settings(path) == Settings()
