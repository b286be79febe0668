// The real worker (its URL in ?worker=), except that it dies on its first check, as a worker that
// runs out of memory would. Registered before the real worker's comlink listener, so it sees the
// call first and keeps it from that listener.
const realWorker = new URL(self.location.href).searchParams.get('worker');
self.addEventListener('message', (event) => {
  if (event.data?.type === 'APPLY' && event.data.path?.[0] === 'analyze') {
    event.stopImmediatePropagation();
    setTimeout(() => {
      throw new Error('forced worker crash (test)');
    });
  }
});
await import(realWorker);
