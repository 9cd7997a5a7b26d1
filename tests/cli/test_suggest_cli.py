import json

from curator.cli import main

BIO = """张 B-PER
三 I-PER
在 O
北 B-ORG
京 I-ORG
大 I-ORG
学 I-ORG
工 O
作 O

李 B-PER
四 I-PER
去 O
上 B-LOC
海 I-LOC
"""


def run_json(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_suggest_json_shape_and_offsets(capsys, tmp_path):
    db = str(tmp_path / "lib.db")
    text_file = tmp_path / "a.txt"
    text = "山西银行阳泉分行\n\n本报记者 李若男 报道：中国农业银行长治市分行行长孙洪卫表示，将加大投放。"
    text_file.write_text(text, encoding="utf-8")
    (article_id,) = run_json(capsys, "--db", db, "import", str(text_file), "--json")["articles"]
    body = run_json(capsys, "--db", db, "show", str(article_id), "--json")["text"]
    found = run_json(capsys, "--db", db, "suggest", str(article_id), "--json")
    assert found and all(set(s) == {"start", "end", "text", "kind", "score", "source"} for s in found)
    assert all(body[s["start"]:s["end"]] == s["text"] for s in found)
    assert {s["kind"] for s in found} <= {"institution", "figure"}


def test_accept_then_mentions_are_suggested(capsys, tmp_path):
    db = str(tmp_path / "lib.db")
    text_file = tmp_path / "a.txt"
    text_file.write_text("标题\n\n中国农业银行长治市分行行长孙洪卫表示，将加大投放。", encoding="utf-8")
    (article_id,) = run_json(capsys, "--db", db, "import", str(text_file), "--json")["articles"]
    result = run_json(capsys, "--db", db, "--user", "ann", "accept", str(article_id), "--json")
    assert result["accepted"] >= 1 and len(result["mentions"]) == result["accepted"]
    assert run_json(capsys, "--db", db, "suggest", str(article_id), "--json") == []


def test_evaluate_with_training(capsys, tmp_path):
    bio = tmp_path / "tiny.bio"
    bio.write_text(BIO, encoding="utf-8")
    result = run_json(capsys, "evaluate", "--test", str(bio), "--train", str(bio), "--json")
    assert set(result) == {"figure", "institution", "chars_per_second", "train_seconds", "second_opinion"}
    assert result["second_opinion"] is False
    assert result["figure"]["gold"] == 2 and result["institution"]["gold"] == 1
    for kind in ("figure", "institution"):
        assert set(result[kind]) == {"precision", "recall", "f1", "gold", "predicted"}
        assert 0 <= result[kind]["f1"] <= 1


def test_evaluate_missing_file_is_one_line_error(capsys, tmp_path):
    assert main(["evaluate", "--test", str(tmp_path / "none.bio")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_evaluate_with_the_second_opinion_says_so(capsys, tmp_path):
    bio = tmp_path / "tiny.bio"
    bio.write_text(BIO, encoding="utf-8")
    result = run_json(capsys, "evaluate", "--test", str(bio), "--train", str(bio), "--second-opinion", "--json")
    assert result["second_opinion"] is True and result["figure"]["gold"] == 2
    assert main(["evaluate", "--test", str(bio), "--train", str(bio), "--second-opinion"]) == 0
    assert "with LAC's second opinion" in capsys.readouterr().out


def test_evaluate_second_opinion_without_training_is_refused(capsys, tmp_path):
    bio = tmp_path / "tiny.bio"
    bio.write_text(BIO, encoding="utf-8")
    assert main(["evaluate", "--test", str(bio), "--second-opinion"]) == 1
    assert "--second-opinion needs --train" in capsys.readouterr().err


def test_train_with_the_second_opinion_records_it_in_the_library_model(capsys, tmp_path):
    from curator.nlp.engine import SuggestionEngine

    db = str(tmp_path / "lib.db")
    text_file = tmp_path / "a.txt"
    text_file.write_text("标题\n\n中国农业银行长治市分行行长孙洪卫表示，将加大投放。", encoding="utf-8")
    (article_id,) = run_json(capsys, "--db", db, "import", str(text_file), "--json")["articles"]
    run_json(capsys, "--db", db, "--user", "ann", "accept", str(article_id), "--json")
    model = tmp_path / "lib.model.crfsuite"
    report = run_json(capsys, "--db", db, "train", "--second-opinion", "--json")
    assert report["second_opinion"] is True and SuggestionEngine(model_path=model).second_opinion
    report = run_json(capsys, "--db", db, "train", "--json")
    assert report["second_opinion"] is False and not SuggestionEngine(model_path=model).second_opinion
