"""Each step of the spam pipeline on its own, then the pipeline through the service."""

import time
from unittest import mock

import pytest
import time_machine
from django.core.exceptions import ValidationError

from articles.tests.factories import ArticleFactory
from comments import services, spam
from comments.models import Comment, WordList
from comments.tests.factories import CommentFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_honeypot_filled_in_is_refused():
    assert spam.check_honeypot("http://cheap-pills.example").refused
    assert spam.check_honeypot("") == spam.OK


def test_form_posted_within_three_seconds_is_refused():
    now = time.time()
    assert spam.check_form_token(spam.make_form_token(at=now - 1), now=now).code == "too-fast"
    assert spam.check_form_token(spam.make_form_token(at=now - 4), now=now) == spam.OK


def test_a_form_posted_too_quickly_says_how_many_seconds_are_left():
    shown = int(time.time())
    verdict = spam.check_form_token(spam.make_form_token(at=shown), now=shown + 0.5)
    assert (verdict.retry_after, verdict.reason) == (3, "That was quick! Please wait 3 seconds and post again.")
    assert spam.check_form_token(spam.make_form_token(at=shown), now=shown + 2.5).retry_after == 1


def test_form_older_than_two_hours_is_refused():
    now = time.time()
    assert spam.check_form_token(spam.make_form_token(at=now - 2 * 3600 - 5), now=now).code == "expired"
    assert spam.check_form_token(spam.make_form_token(at=now - 2 * 3600 + 60), now=now) == spam.OK


def test_forged_form_token_is_refused():
    assert spam.check_form_token("not-a-token").code == "damaged"
    assert spam.check_form_token("").refused


def test_rate_limit_allows_one_comment_per_15_seconds():
    user = VerifiedUserFactory()
    assert spam.check_rate_limit(user) == spam.OK
    assert spam.check_rate_limit(user).refused
    assert spam.check_rate_limit(VerifiedUserFactory()) == spam.OK  # per user


def test_rate_limit_says_how_long_is_left_of_the_window_opened_by_the_first_post(settings):
    settings.COMMENTS_RATE_LIMITS = ((1, 15), (20, 3600))
    user = VerifiedUserFactory()
    start = time.time()
    with time_machine.travel(start, tick=False) as clock:
        assert spam.check_rate_limit(user) == spam.OK
        clock.shift(5)
        refused = spam.check_rate_limit(user)
        clock.shift(4)
        again = spam.check_rate_limit(user)  # trying again does not move the end of the window
        clock.shift(6)
        after = spam.check_rate_limit(user)
    assert (refused.code, refused.retry_after) == ("rate-limited", 10)
    assert refused.reason == "You are posting too fast. Please wait 10 seconds before posting again."
    assert again.retry_after == 6
    assert after == spam.OK


def test_rate_limit_wait_in_minutes_for_the_hourly_limit(settings):
    settings.COMMENTS_RATE_LIMITS = ((1, 3600),)
    user = VerifiedUserFactory()
    spam.check_rate_limit(user)
    verdict = spam.check_rate_limit(user)
    assert verdict.reason == "You are posting too fast. Please wait 60 minutes before posting again."


def test_rate_limit_allows_20_comments_per_hour(settings):
    settings.COMMENTS_RATE_LIMITS = ((20, 3600),)
    user = VerifiedUserFactory()
    assert all(spam.check_rate_limit(user) == spam.OK for _ in range(20))
    assert spam.check_rate_limit(user).refused


def test_same_text_on_the_same_article_is_refused():
    existing = CommentFactory(body="Magnesium fixed my eyelid twitch!")
    assert spam.check_duplicate(article=existing.article, body="  Magnesium fixed my  eyelid twitch! ").refused
    assert spam.check_duplicate(article=ArticleFactory(), body="Magnesium fixed my eyelid twitch!") == spam.OK


def test_blocked_word_refuses_and_moderation_word_holds():
    WordList.objects.create(word="Casino", action=WordList.Action.BLOCK)
    WordList.objects.create(word="crypto", action=WordList.Action.MODERATE)
    assert spam.check_word_lists("Try my CASINO today").refused
    assert spam.check_word_lists("Is crypto stress a thing?").held
    assert spam.check_word_lists("Cryptography is fun") == spam.OK  # whole words only


def test_more_than_two_links_holds():
    assert spam.check_links("see https://a.example and www.b.example") == spam.OK
    assert spam.check_links("https://a.example https://b.example http://c.example").held


def test_first_comment_is_held_when_the_setting_is_on(settings):
    settings.COMMENTS_HOLD_FIRST = True
    newcomer = VerifiedUserFactory()
    assert spam.check_first_comment(newcomer).held
    CommentFactory(author=newcomer)
    assert spam.check_first_comment(newcomer) == spam.OK
    settings.COMMENTS_HOLD_FIRST = False
    assert spam.check_first_comment(VerifiedUserFactory()) == spam.OK


def test_akismet_is_not_called_without_a_key(settings):
    settings.COMMENTS_AKISMET_KEY = ""
    with mock.patch("comments.spam.akismet_request") as call:
        assert spam.check_akismet(body="hello", user=None) == spam.OK
    call.assert_not_called()


@pytest.mark.parametrize(("answer", "held"), [("true", True), ("false", False), ("invalid", True)])
def test_akismet_answer_decides(settings, answer, held):
    settings.COMMENTS_AKISMET_KEY = "k3y"
    response = mock.MagicMock()
    response.__enter__.return_value.read.return_value = answer.encode()
    with mock.patch("comments.spam.urllib.request.urlopen", return_value=response) as urlopen:
        verdict = spam.check_akismet(body="hello", user=VerifiedUserFactory())
    assert verdict.held is held
    request = urlopen.call_args.args[0]
    assert request.full_url == "https://rest.akismet.com/1.1/comment-check"
    assert urlopen.call_args.kwargs["timeout"] == 3


def test_akismet_timeout_holds_the_comment_and_keeps_it(settings):
    settings.COMMENTS_AKISMET_KEY = "k3y"
    article = ArticleFactory()
    with mock.patch("comments.spam.urllib.request.urlopen", side_effect=TimeoutError("timed out")):
        comment = services.comment_post(article=article, author=VerifiedUserFactory(), body="Is this normal?")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert comment.body == "Is this normal?"
    assert "Akismet" in comment.status_reason


def test_akismet_connection_error_holds_the_comment(settings):
    settings.COMMENTS_AKISMET_KEY = "k3y"
    with mock.patch("comments.spam.urllib.request.urlopen", side_effect=OSError("unreachable")):
        comment = services.comment_post(article=ArticleFactory(), author=VerifiedUserFactory(), body="Hello there")
    assert comment.status == Comment.Status.PENDING


def test_pipeline_refusal_leaves_the_database_as_it_was():
    WordList.objects.create(word="casino", action=WordList.Action.BLOCK)
    article = ArticleFactory()
    with pytest.raises(ValidationError, match="not allowed"):
        services.comment_post(article=article, author=VerifiedUserFactory(), body="casino bonus")
    article.refresh_from_db()
    assert Comment.objects.count() == 0 and article.comment_count == 0


def test_editing_runs_the_pipeline_again():
    comment = CommentFactory(author=VerifiedUserFactory())
    WordList.objects.create(word="crypto", action=WordList.Action.MODERATE)
    edited = services.comment_edit(comment=comment, user=comment.author, body="Now about crypto")
    assert edited.status == Comment.Status.PENDING


def test_strictest_verdict_wins():
    assert spam.strictest([spam.OK, spam.Verdict(spam.HOLD, "x"), spam.OK]).held
    assert spam.strictest([spam.Verdict(spam.HOLD, "x"), spam.Verdict(spam.REFUSE, "y")]).refused
