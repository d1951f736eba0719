from pipeline.tests.conftest import gent_editor, reviewer  # noqa: F401 (shared fixtures)
