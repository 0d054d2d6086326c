import signal, _signal
print(signal.SIGINT, signal.Signals.SIGUSR1, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1), signal.getsignal(32))
got = []
def h(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is h)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
for args in [(9, signal.SIG_IGN), (19, print), (2, 5), (0, print), (65, print)]:
    try: print(signal.signal(*args))
    except Exception as e: print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KI', repr(e))
def boom(n, f):
    raise ValueError('from handler %d' % n)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print('caught', e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40), signal.strsignal(32))
print(len(signal.valid_signals()), sorted(signal.valid_signals())[:5])
print(signal.set_wakeup_fd(-1), signal.set_wakeup_fd(-1))
try: signal.set_wakeup_fd(99)
except Exception as e: print(type(e).__name__, e)
import _thread, time
done = []
def t():
    try: signal.signal(signal.SIGUSR1, h)
    except ValueError as e: print(e)
    done.append(1)
_thread.start_new_thread(t, ())
while not done: time.sleep(0.01)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, lambda n, f: got.append('alarm'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
import time
time.sleep(0.5)
print(got[-1])
try: signal.setitimer(7, 1)
except signal.ItimerError as e: print(type(e).__name__, e, e.args)
print(signal.alarm(10), signal.alarm(0))
print(signal.getsignal(signal.SIGALRM) is not None, signal.signal(signal.SIGALRM, signal.SIG_DFL) is not None)
for bad in [0, 65, -1]:
    for f in (signal.getsignal, signal.strsignal, signal.raise_signal):
        try: f(bad)
        except (ValueError, OSError) as e: print(f.__name__, bad, type(e).__name__, e)
try: signal.signal('x', print)
except TypeError as e: print(type(e).__name__, e)
print(signal.Signals(15).name, signal.Handlers(1), list(signal.Signals)[:3])
