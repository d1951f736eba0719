from django.db import migrations

GOALS = ["practise_dutch", "meet_people", "make_friends", "learn_something", "volunteer", "prepare_for_work"]


def create_goal_categories(apps, schema_editor):
    GoalCategory = apps.get_model("offers.GoalCategory")
    for order, code in enumerate(GOALS):
        GoalCategory.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]
    operations = [migrations.RunPython(create_goal_categories, migrations.RunPython.noop)]
