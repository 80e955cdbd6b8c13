"""Give a neutral public name to accounts that show the part of their e-mail address before the @.

Until this release, an account that chose no handle or display name got both from its e-mail address
("john.smith@example.com" became "johnsmith" and "john.smith"). The old handle is kept in HandleHistory, so its
profile addresses redirect to the new one.
"""

from django.db import migrations


def neutralise_email_names(apps, schema_editor):
    """Replace every handle and display name made from the account's own e-mail address."""
    from accounts.names import comes_from_email, neutral_display_name, unique_handle

    User = apps.get_model("accounts", "User")
    HandleHistory = apps.get_model("accounts", "HandleHistory")

    def is_taken(handle):
        return User.objects.filter(handle=handle).exists() or HandleHistory.objects.filter(handle=handle).exists()

    for user in list(User.objects.exclude(email="").only("pk", "email", "handle", "display_name").order_by("pk")):
        fields = []
        if not user.display_name or comes_from_email(user.display_name, user.email):
            user.display_name = neutral_display_name()
            fields.append("display_name")
        if comes_from_email(user.handle, user.email):
            old_handle = user.handle
            # A name the person chose gives the new handle; a neutral one says nothing, so random words do.
            user.handle = unique_handle("" if "display_name" in fields else user.display_name, is_taken=is_taken)
            fields.append("handle")
            HandleHistory.objects.update_or_create(handle=old_handle, defaults={"user_id": user.pk})
        if fields:
            user.save(update_fields=fields)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_handlehistory")]

    # Backwards leaves the new names in place: the old ones are what this release stops showing.
    operations = [migrations.RunPython(neutralise_email_names, migrations.RunPython.noop)]
