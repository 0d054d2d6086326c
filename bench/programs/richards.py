"""Richards: Martin Richards' operating-system kernel simulation. Six tasks
(an idle task, a worker, two packet handlers and two devices) exchange packets
under a priority scheduler. The classic check: with an idle count of 10000 the
scheduler queues 23246 packets and holds a task 9297 times."""
import _harness

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER_SIZE = 4


class Packet(object):
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.value = 0
        self.buffer = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Appends this packet to the queue starting at `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task(object):
    def __init__(self, kernel, ident, priority, queue, pending, waiting):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending      # a packet is in the queue
        self.waiting = waiting      # waits for a packet
        self.held = False
        self.next = kernel.tasks    # the task list is in creation order, newest first
        kernel.tasks = self
        kernel.by_id[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def step(self):
        packet = None
        if self.pending and self.waiting and not self.held:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.act(packet)

    # services the tasks call; each returns the task to run next
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.kernel.holds += 1
        self.held = True
        return self.next

    def release(self, ident):
        task = self.kernel.by_id[ident]
        task.held = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        kernel = self.kernel
        kernel.packets_sent += 1
        target = kernel.by_id[packet.dest]
        packet.dest = self.ident
        packet.link = None
        if target.queue is None:
            target.queue = packet
            target.pending = True
            return target if target.priority > self.priority else self
        packet.append_to(target.queue)
        return self


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 1, None, False, False)
        self.control = 1
        self.count = count

    def act(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue, True, True)
        self.handler = HANDLER_A
        self.letter = 0

    def act(self, packet):
        if packet is None:
            return self.wait()
        self.handler = HANDLER_B if self.handler == HANDLER_A else HANDLER_A
        packet.dest = self.handler
        packet.value = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter % 26 + 1
            packet.buffer[i] = 64 + self.letter   # 'A'..'Z'
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def act(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is None:
            return self.wait()
        index = work.value
        if index >= BUFFER_SIZE:
            self.work = work.link
            return self.send(work)
        device = self.devices
        if device is None:
            return self.wait()
        self.devices = device.link
        device.value = work.buffer[index]
        work.value = index + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, False, True)
        self.holding = None

    def act(self, packet):
        if packet is None:
            packet = self.holding
            if packet is None:
                return self.wait()
            self.holding = None
            return self.send(packet)
        self.holding = packet
        return self.hold()


class Kernel(object):
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * 7
        self.packets_sent = 0
        self.holds = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                task = task.step()


def simulate(idle_count):
    k = Kernel()
    IdleTask(k, idle_count)
    work = Packet(Packet(None, 0, WORK_PACKET), 0, WORK_PACKET)
    WorkerTask(k, work)
    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(k, ident, priority, queue)
    DeviceTask(k, DEVICE_A, 4000)
    DeviceTask(k, DEVICE_B, 5000)
    k.schedule()
    return k.packets_sent, k.holds


def run(size):
    runs, idle_count = size
    results = set()
    for _ in range(runs):
        results.add(simulate(idle_count))
    if len(results) != 1:
        return "runs disagree: %r" % sorted(results)
    sent, holds = results.pop()
    return "%d %d" % (sent, holds)


SIZES = {"tiny": (1, 1000), "normal": (4, 10000)}
EXPECTED = {"tiny": '2322 928', "normal": '23246 9297'}

if __name__ == "__main__":
    _harness.main("richards", run, SIZES, EXPECTED)
