"""Many editors and reviewers on one library at once (issue 15): each a process of its own that
tags, untags, reviews and moves statuses on the same few articles, through the services the
window and the command line call. Used by the concurrency test and by bench/bench_team.py.

`check` then proves that nothing was lost: every change a process was told had been made is in
the history, and replaying the history from the start gives exactly the tags and statuses the
library holds.
"""

import json
import multiprocessing
import random
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import text

from curator.core.errors import CuratorError, Msg
from curator.core.types import EventAction, Kind
from curator.services import review, tagging
from curator.services.article_status import mark_done
from curator.storage.db import open_database

# Refusals that two people working at once explain: the span was tagged, the tag removed, the
# article approved or moved by someone else a moment before.
EXPLAINED = {Msg.SPAN_OVERLAPS, Msg.NO_MENTION, Msg.ARTICLE_APPROVED, Msg.MOVE_REFUSED, Msg.REJECTED_MENTIONS,
             Msg.VERDICT_ON_APPROVED}
TEXT = ("中国农业银行长治分行行长张三表示，将继续加大对小微企业的信贷支持。国家金融监督管理总局长治监管分局"
        "副局长李四出席会议。山西银行阳泉分行、晋商银行太原分行负责人王五、赵六介绍了普惠金融工作。")


@dataclass
class Outcome:
    """What one simulated person did: acknowledged batches, refusals by code, other errors, latencies."""

    user: str
    acknowledged: list[str] = field(default_factory=list)
    refused: Counter = field(default_factory=Counter)
    unexplained: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)


def make_articles(db, count: int) -> list[int]:
    """`count` articles of the same finance text, each its own (the title differs)."""
    from tests.conftest import article_adder

    add = article_adder(db)
    return [add(TEXT, title=f"第{n}篇") for n in range(count)]


def _editor_step(db, user: str, articles: list[int], rng: random.Random):
    article_id = rng.choice(articles)
    roll = rng.random()
    if roll < 0.55:
        start = rng.randrange(len(TEXT) - 4)
        return lambda: tagging.tag_mention(db, article_id=article_id, start=start, end=start + rng.randint(2, 4),
                                           kind=rng.choice(list(Kind)), user=user, role="editor")
    if roll < 0.9:
        mentions = tagging.article_mentions(db, article_id)
        if mentions:
            mention_id = rng.choice(mentions).id
            return lambda: tagging.untag_mention(db, mention_id=mention_id, user=user, role="editor")
        return None
    return lambda: mark_done(db, article_id=article_id, user=user, role="editor")


def _reviewer_step(db, user: str, articles: list[int], rng: random.Random):
    article_id = rng.choice(articles)
    roll = rng.random()
    if roll < 0.5:
        mentions = tagging.article_mentions(db, article_id)
        if mentions:
            mention_id, verdict = rng.choice(mentions).id, rng.choice(["approved", "rejected"])
            return lambda: review.review_mention(db, mention_id=mention_id, verdict=verdict, user=user, role="reviewer")
        return None
    move = rng.choice([review.approve_article, review.request_changes, review.reopen_article])
    return lambda: move(db, article_id=article_id, user=user, role="reviewer")


def work(url: str, user: str, role: str, articles: list[int], seconds: float, think_ms: tuple[int, int],
         seed: int) -> Outcome:
    """One person's session: steps until `seconds` have passed, pausing `think_ms` between them."""
    rng = random.Random(seed)
    step = _reviewer_step if role == "reviewer" else _editor_step
    outcome = Outcome(user)
    db = open_database(url)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            time.sleep(rng.uniform(*think_ms) / 1000)
            try:
                action = step(db, user, articles, rng)
                if action is None:
                    continue
                started = time.perf_counter()
                change = action()
                outcome.latencies_ms.append((time.perf_counter() - started) * 1000)
                if change.added or change.removed or change.updated or change.statuses:
                    outcome.acknowledged.append(change.batch)  # a change that changed nothing leaves no history
            except CuratorError as error:
                if error.code in EXPLAINED:
                    outcome.refused[error.code.name] += 1
                else:
                    outcome.unexplained.append(f"{user}: {error}")
            except Exception as error:  # noqa: BLE001 - every other failure is what the test counts
                outcome.unexplained.append(f"{user}: {type(error).__name__}: {error}")
    finally:
        db.close()
    return outcome


def run_team(url: str, articles: list[int], *, editors: int, reviewers: int, seconds: float,
             think_ms: tuple[int, int] = (50, 250)) -> list[Outcome]:
    """Everyone at once, each in a process of their own."""
    people = [(f"editor{n}", "editor") for n in range(editors)] + [(f"reviewer{n}", "reviewer") for n in range(reviewers)]
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=len(people), mp_context=context) as pool:
        futures = [pool.submit(work, url, user, role, articles, seconds, think_ms, seed)
                   for seed, (user, role) in enumerate(people)]
        return [future.result() for future in futures]


@dataclass
class Check:
    acknowledged: int
    missing: list[str]  # acknowledged batches the history lacks
    differences: list[str]  # where the library differs from the replay of its history


def check(db, outcomes: list[Outcome]) -> Check:
    """Every acknowledged change is in the history, and the history replayed is the library."""
    with db.session() as session:
        batches = set(session.execute(text("SELECT DISTINCT batch FROM event")).scalars())
        events = session.execute(text("SELECT action, article_id, mention_id, data FROM event ORDER BY id")).all()
        mentions = {row[0]: tuple(row[1:]) for row in session.execute(
            text('SELECT id, article_id, start, "end", entity_id, status FROM mention'))}
        statuses = dict(session.execute(text("SELECT id, status FROM article")).all())
    acknowledged = [batch for outcome in outcomes for batch in outcome.acknowledged]
    replayed_mentions, replayed_statuses = _replay(events, {article_id: "new" for article_id in statuses})
    differences = [f"mention {i}: library {mentions.get(i)}, history {replayed_mentions.get(i)}"
                   for i in sorted(set(mentions) | set(replayed_mentions)) if mentions.get(i) != replayed_mentions.get(i)]
    differences += [f"article {i}: library {statuses[i]}, history {replayed_statuses[i]}"
                    for i in sorted(statuses) if statuses[i] != replayed_statuses[i]]
    return Check(len(acknowledged), [batch for batch in acknowledged if batch not in batches], differences)


def _replay(events, statuses: dict[int, str]) -> tuple[dict, dict]:
    mentions: dict[int, list] = {}
    fields = ("article_id", "start", "end", "entity_id", "status")
    for action, article_id, mention_id, data in events:
        data = json.loads(data)
        if action in (EventAction.TAGGED, EventAction.SUGGESTION_ACCEPTED):
            mentions[mention_id] = [data["mention"][name] for name in fields]
        elif action == EventAction.UNTAGGED:
            mentions.pop(mention_id)
        elif action in (EventAction.KIND_CHANGED, EventAction.REVIEWED):
            for name, value in data["after"].items():
                if name in fields:
                    mentions[mention_id][fields.index(name)] = value
        elif action == EventAction.STATUS_CHANGED:
            statuses[article_id] = data["after"]["status"]
    return {i: tuple(values) for i, values in mentions.items()}, statuses


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0
