from articles.tests.factories import TopicFactory


def test_home_page_opens_in_a_real_browser(page, site, external_requests):
    # Create the topic: an earlier transactional (browser) test may have flushed the migration's topics.
    TopicFactory(name="Health")
    page.goto(site + "/")
    assert page.get_by_role("navigation", name="Topics").get_by_role("link", name="Health").is_visible()
    assert external_requests == []
