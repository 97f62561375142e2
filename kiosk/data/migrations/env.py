"""Alembic environment: runs on the engine the kiosk already opened (see kiosk.data.db)."""

from alembic import context

from kiosk.data.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from kiosk.data.db import make_engine, resolve_url

    engine = make_engine(resolve_url(None))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
