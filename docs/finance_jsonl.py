"""The finance development set as a doccano JSONL file, for the entity browser's screenshots.

    python docs/finance_jsonl.py > finance.jsonl && curator --db demo.db import-tagged finance.jsonl

Each article keeps its tags, its headline and its page's address; the date is read from the
address where it holds one (…/2018/0331/…), so that the browser's chart has months to show.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.nlp.gold import read_gold_dir  # noqa: E402

FINANCE = Path(__file__).resolve().parents[1] / "tests" / "data" / "finance"
DATE_IN_URL = re.compile(r"(20[0-2]\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])")
LABELS = {"institution": "ORG", "figure": "PER"}


def record(article) -> dict:
    date = DATE_IN_URL.search(article.meta.get("url", ""))
    title = article.meta.get("title", "").strip("()（）")
    return {"text": article.text, "label": [[s, e, LABELS[str(kind)]] for s, e, kind in article.spans],
            "title": title.split("article: ")[-1][:60] or article.name, "url": article.meta.get("url"),
            "published": f"{date[1]}-{date[2]}-{date[3]}" if date else None}


def main() -> None:
    for article in read_gold_dir(FINANCE):
        print(json.dumps(record(article), ensure_ascii=False))


if __name__ == "__main__":
    main()
