from django.db import migrations

# Authors and editors work with the picture library; which pictures each may see is decided in the admin.
PICTURE_PERMS = ["add_picture", "change_picture", "view_picture", "delete_picture"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in ("Authors", "Editors"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=PICTURE_PERMS))


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_pictures")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
