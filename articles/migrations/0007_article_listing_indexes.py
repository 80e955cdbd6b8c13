"""Indexes matching the filter and order of the home, topic and author listings (status, newest first)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_article_search_vector"),
    ]

    operations = [
        # The old index lacked the id tie-break of the listings' order, so a page still had to be sorted.
        migrations.RemoveIndex(model_name="article", name="article_pub_idx"),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["status", "-published_at", "-id"], name="article_pub_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["status", "topic", "-published_at", "-id"], name="article_topic_pub_idx"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["status", "author", "-published_at", "-id"], name="article_author_pub_idx"),
        ),
    ]
