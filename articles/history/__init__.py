"""Edit history of articles: snapshots of revisions, word-level diffs, revert and recovery.

django-reversion stores the revisions (one per admin save, covering the article and all its sections);
this package reads them back into plain snapshots, compares them with difflib, and writes reverts.
"""
