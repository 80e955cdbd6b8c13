from django.db import migrations


def load_defaults(apps, schema_editor):
    from accounts.consent import seed
    from accounts.consent.snapshot import build_snapshot, publish_if_changed

    models = {
        "purpose_model": apps.get_model("accounts", "Purpose"),
        "service_model": apps.get_model("accounts", "Service"),
        "text_model": apps.get_model("accounts", "ConsentText"),
    }
    seed.load(storage_model=apps.get_model("accounts", "StorageItem"), **models)
    publish_if_changed(version_model=apps.get_model("accounts", "PolicyVersion"), snapshot=build_snapshot(**models))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_consent_models")]

    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
