from django.db import migrations
from django.utils.text import slugify

TOPICS = [
    "Arts", "Autos", "Books", "Business", "Education", "Entertainment", "Family", "Fashion", "Food", "Games",
    "Gender", "Health", "Holidays", "Home", "Personal Finance", "Pets", "Politics", "Religion", "Sports",
    "Technology", "Travel",
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("articles", "Topic")
    for order, name in enumerate(TOPICS):
        Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name, "order": order * 10})


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]
    operations = [migrations.RunPython(create_topics, migrations.RunPython.noop)]
