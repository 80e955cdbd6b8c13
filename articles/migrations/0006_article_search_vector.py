"""A stored search document per article, kept up to date by PostgreSQL triggers, with a GIN index.

On SQLite the column stays empty and nothing else is created: search there is a plain substring match.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

# The one place that says what an article's document is; the configuration is articles.search.SEARCH_CONFIG.
# Sections in reading order, so that word positions (used by ranking and headlines) follow the text.
CREATE_SQL = """
CREATE FUNCTION articles_article_document(article_id bigint, title text, summary text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce((
            SELECT string_agg(s.heading || ' ' || s.body, ' ' ORDER BY s."order", s.id)
            FROM articles_section s WHERE s.article_id = articles_article_document.article_id
        ), '')), 'C')
$$;

-- Any write that names the title, the summary or the vector itself recomputes the vector: Django's save() names
-- every column (with whatever stale value the instance holds), and the section triggers below set it to NULL to
-- ask for a fresh one. Writes of other columns alone (comment counts) cost nothing.
CREATE FUNCTION articles_article_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := articles_article_document(NEW.id, NEW.title, NEW.summary);
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_article_search_vector
BEFORE INSERT OR UPDATE OF title, summary, search_vector ON articles_article
FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector();

-- Statement-level with transition tables: a bulk insert or a cascade delete of many sections recomputes each
-- article once, not once per section. PostgreSQL allows transition tables only on single-event triggers,
-- hence one trigger per event, all calling this function.
CREATE FUNCTION articles_section_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE articles_article SET search_vector = NULL
        WHERE id IN (SELECT article_id FROM new_sections);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE articles_article SET search_vector = NULL
        WHERE id IN (SELECT article_id FROM old_sections);
    ELSE
        -- Only the articles whose text changed: reordering sections or editing a video URL costs nothing.
        UPDATE articles_article SET search_vector = NULL
        WHERE id IN (
            SELECT unnest(ARRAY[o.article_id, n.article_id])
            FROM old_sections o JOIN new_sections n ON n.id = o.id
            WHERE (o.heading, o.body, o.article_id) IS DISTINCT FROM (n.heading, n.body, n.article_id)
        );
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_section_search_vector_insert
AFTER INSERT ON articles_section REFERENCING NEW TABLE AS new_sections
FOR EACH STATEMENT EXECUTE FUNCTION articles_section_search_vector();

CREATE TRIGGER articles_section_search_vector_update
AFTER UPDATE ON articles_section REFERENCING OLD TABLE AS old_sections NEW TABLE AS new_sections
FOR EACH STATEMENT EXECUTE FUNCTION articles_section_search_vector();

CREATE TRIGGER articles_section_search_vector_delete
AFTER DELETE ON articles_section REFERENCING OLD TABLE AS old_sections
FOR EACH STATEMENT EXECUTE FUNCTION articles_section_search_vector();

-- Fill the vector of the articles that exist already (the article trigger computes it).
UPDATE articles_article SET search_vector = NULL;
"""

DROP_SQL = """
DROP TRIGGER IF EXISTS articles_section_search_vector_delete ON articles_section;
DROP TRIGGER IF EXISTS articles_section_search_vector_update ON articles_section;
DROP TRIGGER IF EXISTS articles_section_search_vector_insert ON articles_section;
DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article;
DROP FUNCTION IF EXISTS articles_section_search_vector();
DROP FUNCTION IF EXISTS articles_article_search_vector();
DROP FUNCTION IF EXISTS articles_article_document(bigint, text, text);
"""


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL, params=None)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_picture_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
        migrations.AddIndex(
            model_name="article",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_vector"], name="article_search_idx"),
        ),
    ]
