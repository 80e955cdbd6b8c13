import factory
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "accounts.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    display_name = factory.Faker("name")
    password = factory.django.Password("correct horse battery")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """UserFactory(verified=True) adds a confirmed, primary e-mail address (allauth's EmailAddress)."""
        if create and extracted:
            add_verified_email(self)


def add_verified_email(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


class VerifiedUserFactory(UserFactory):
    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            add_verified_email(self)


class AuthorFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            group, _ = Group.objects.get_or_create(name="Authors")
            self.groups.add(group)
