import pytest
from django.core.management import call_command

from articles.demo import demo_load
from articles.models import Article
from comments.models import Comment

pytestmark = pytest.mark.django_db


def test_demo_comments_make_a_deep_thread_with_author_replies_and_run_once(client):
    demo_load()
    call_command("load_demo_comments")
    article = Article.objects.get(slug="muscle-twitching-benign-fasciculations")
    comments = Comment.objects.filter(article=article)
    total = comments.count()
    assert total >= 15
    assert comments.filter(author=article.author).count() >= 4
    assert max(comments.values_list("depth", flat=True)) >= 3
    article.refresh_from_db()
    assert article.comment_count == total
    call_command("load_demo_comments")
    assert Comment.objects.count() == total
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('class="badge comment-badge">AUTHOR<') == comments.filter(author=article.author).count()
