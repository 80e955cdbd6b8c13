import pytest


@pytest.mark.django_db
def test_home_page_shows_topic_navigation(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Personal Finance" in response.content
