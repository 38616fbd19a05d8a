"""Shared fixtures: the seed documents and the people who use undrafts."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from undrafts.documents.models import Document
from undrafts.proceedings.seeds import seeds_load


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seeds once; each test runs in a transaction rolled back after it."""
    with django_db_blocker.unblock():
        seeds_load()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Comparisons and pages are cached by text id and version; a rolled-back test frees
    ids and versions for reuse, so no test may see what another left in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def seeds(db):
    """The seed documents, reloaded if a transactional test flushed them."""
    if not Document.objects.filter(symbol="A/RES/75/240").exists():
        seeds_load()
    return {d.symbol: d for d in Document.objects.all()}


@pytest.fixture
def editors_group(db):
    group, _ = Group.objects.get_or_create(name="Editors")
    return group


@pytest.fixture
def amina(db, editors_group):
    """Amina is Secretariat staff and an editor."""
    user = User.objects.create_user("amina", "amina@example.org", "correct horse battery")
    user.is_staff = True
    user.save()
    user.groups.add(editors_group)
    return user


@pytest.fixture
def boris(db, editors_group):
    """Boris is a second editor who works on the same drafts."""
    user = User.objects.create_user("boris", "boris@example.org", "correct horse battery")
    user.is_staff = True
    user.save()
    user.groups.add(editors_group)
    return user


@pytest.fixture
def reader(db):
    """A delegate with an account but no editing rights."""
    return User.objects.create_user("delegate", "delegate@example.org", "correct horse battery")
