"""The review-decisions sensor starts the pipeline once per change of the decisions."""

from __future__ import annotations

import dagster as dg

from orchestration.defs.appdb.sensors import review_decisions_sensor
from tests.appdb.people import YOUTH_WORKER_USER
from wijkwijs.appdb import reviews


def evaluate(cursor=None):
    return review_decisions_sensor(dg.build_sensor_context(cursor=cursor))


def test_a_new_decision_starts_one_run(db):
    assert isinstance(evaluate(), dg.SkipReason)  # no decisions yet
    reviews.decide(db, YOUTH_WORKER_USER, "k1", reviews.APPROVED, expected_version=None,
                   held_idea="i", held_activity="a")
    context = dg.build_sensor_context()
    request = review_decisions_sensor(context)
    assert isinstance(request, dg.RunRequest) and request.run_key.startswith("review-")
    assert isinstance(evaluate(context.cursor), dg.SkipReason)  # nothing new since
    reviews.withdraw(db, YOUTH_WORKER_USER, "k1", 1)
    # withdrawn: the record must be unpublished, so one more run
    again = dg.build_sensor_context(cursor=context.cursor)
    assert isinstance(review_decisions_sensor(again), dg.RunRequest)
    assert isinstance(evaluate(again.cursor), dg.SkipReason)
