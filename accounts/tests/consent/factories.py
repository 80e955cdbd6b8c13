import factory


class PurposeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Purpose"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Purpose {n}")
    slug = factory.Sequence(lambda n: f"purpose-{n}")
    description = "What this purpose is for."
    order = 10


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.Service"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    purpose = factory.SubFactory(PurposeFactory)
    description = "A service used in tests."
    privacy_policy_url = "https://example.org/privacy"
    hosts = "cdn.example.org"
