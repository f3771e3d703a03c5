"""Flood control: at most N questions a minute per user, so one user cannot starve the others."""
import time
from collections import defaultdict, deque
from collections.abc import Callable


class FloodGate:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.seen: dict[int, deque[float]] = defaultdict(deque)

    def allow(self, user_id: int) -> bool:
        """True when this user may ask now; records the question."""
        now, times = self.clock(), self.seen[user_id]
        while times and now - times[0] >= 60:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        return True
