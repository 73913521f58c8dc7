"""What every flow shares: the rule for which faults are worth a retry."""

from __future__ import annotations

from prefect.client.schemas.objects import State, TaskRun
from prefect.tasks import Task

from pipeline.errors import DeliveryTransientError, MailboxTransientError, StoreLockedError

#: Faults that may pass on their own: a dropped or stalled connection, a briefly locked database.
TRANSIENT = (MailboxTransientError, DeliveryTransientError, StoreLockedError)


def retry_transient(task: Task, task_run: TaskRun, state: State) -> bool:
    """Prefect retry_condition_fn: retry only TRANSIENT faults, never a refused login or bad input."""
    try:
        state.result()
    except TRANSIENT:
        return True
    except Exception:  # noqa: BLE001 - anything else is permanent: fail now
        return False
    return False
