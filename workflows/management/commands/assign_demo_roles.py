from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from workflows.roles import assign_demo_roles


class Command(BaseCommand):
    help = "Put the demo users (seed_demo) in their editorial groups. Safe to run repeatedly."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is not allowed here (DEMO_CONTENT_ALLOWED is false).")
        assigned = assign_demo_roles(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo roles: {len(assigned)} users in their groups."))
