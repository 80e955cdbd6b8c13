"""The account journey in a real browser: sign up, confirm, profile with a picture, log out, reset the password."""

import re
from io import BytesIO

from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from PIL import Image

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def last_link(to):
    message = [m for m in mail.outbox if to in m.to][-1]
    return re.search(r"https?://\S+", message.body).group(0)


def picture(tmp_path):
    path = tmp_path / "me.png"
    buffer = BytesIO()
    Image.new("RGB", (640, 480), (20, 120, 80)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def log_in(page, site, email, password):
    page.goto(site + "/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^\s*Password\*?\s*$")).fill(password)
    page.get_by_role("button", name="Log in").click()


def test_sign_up_confirm_edit_profile_log_out_and_reset_password(page, site, tmp_path, external_requests):
    # Sign up.
    page.goto(site + "/")
    page.get_by_role("link", name="Sign up").click()
    assert_accessible(page)
    page.get_by_label("Email").fill("robin.fields@example.org")
    page.get_by_label("Display name (optional)").fill("Robin F")
    page.get_by_label("Public handle (optional)").fill("robin")
    page.get_by_label(re.compile(r"^\s*Password\*?\s*$")).fill("meadow larks at dawn")
    page.get_by_label("Password (again)").fill("meadow larks at dawn")
    page.get_by_role("button", name="Sign up").click()
    page.get_by_role("heading", name="Check your e-mail").wait_for()

    # Confirm from the e-mail, which signs the new user in.
    page.goto(last_link("robin.fields@example.org"))
    page.get_by_role("button", name="Confirm").click()
    page.get_by_text("Robin F", exact=True).first.wait_for()

    # Log out and in again with the password.
    page.locator("summary").filter(has_text="Robin F").click()
    page.get_by_role("button", name="Log out").click()
    page.get_by_role("link", name="Log in").wait_for()
    page.goto(site + "/accounts/login/")
    assert_accessible(page)
    log_in(page, site, "robin.fields@example.org", "meadow larks at dawn")

    # Edit the profile with a picture.
    page.locator("summary").filter(has_text="Robin F").click()
    page.get_by_role("link", name="Settings", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Display name").fill("Robin Fields")
    page.get_by_label("Location").fill("Galway")
    page.get_by_label("Bio").fill("I write about walking and sleep.")
    page.get_by_label("Profile picture").set_input_files(str(picture(tmp_path)))
    page.get_by_role("button", name="Save profile").click()
    page.get_by_text("Your profile is saved.").wait_for()

    # See the public profile.
    page.locator("summary").filter(has_text="Robin Fields").click()
    page.get_by_role("link", name="Profile", exact=True).click()
    assert page.url.endswith("/users/robin/")
    assert page.get_by_role("heading", level=1, name="Robin Fields").is_visible()
    assert page.get_by_text("from Galway").is_visible()
    assert page.get_by_text("I write about walking and sleep.").is_visible()
    assert "/media/avatars/" in page.locator(".profile-header img").get_attribute("src")
    assert "robin.fields@example.org" not in page.content()
    assert_accessible(page)

    # Sign out, from the open user menu (which must not cover other links).
    page.locator("summary").filter(has_text="Robin Fields").click()
    assert_accessible(page)
    page.get_by_role("button", name="Log out").click()
    page.get_by_role("link", name="Log in").wait_for()

    # Reset the password through the e-mailed link, then log in with the new one.
    page.goto(site + "/accounts/login/")
    page.get_by_role("link", name="Forgot password?").click()
    page.get_by_label("Email").fill("robin.fields@example.org")
    page.get_by_role("button", name="Send me the link").click()
    page.get_by_role("heading", name="Check your e-mail").wait_for()
    page.goto(last_link("robin.fields@example.org"))
    page.get_by_label(re.compile(r"^\s*New password\*?\s*$", re.I)).fill("a fresh new passphrase")
    page.get_by_label(re.compile(r"^\s*New password \(again\)\*?\s*$", re.I)).fill("a fresh new passphrase")
    page.get_by_role("button", name="Save the new password").click()
    page.get_by_role("heading", name="Password changed").wait_for()

    log_in(page, site, "robin.fields@example.org", "meadow larks at dawn")
    assert page.get_by_text("The email address and/or password you specified are not correct.").is_visible()
    log_in(page, site, "robin.fields@example.org", "a fresh new passphrase")
    page.locator("summary").filter(has_text="Robin Fields").wait_for()

    assert external_requests == []
