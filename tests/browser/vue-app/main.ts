// A Vue 3 page that uses <id-precheck> with no wrapper: Vue sets `options` as a property and
// listens to the widget's custom event. Built by tests/browser/frameworks.test.ts.
import { createApp, h, ref } from 'vue';
// Served by the test server and kept out of the bundle (external); TypeScript does not resolve side-effect imports.
import '/dist/browser/widget.js';

interface Accepted {
  file: File;
  report: { verdict: string };
}

const accepted = ref<Accepted | null>(null);

createApp({
  setup() {
    return () =>
      h('main', [
        h('h1', 'Vue 3'),
        h('id-precheck', {
          id: 'widget',
          kind: 'document',
          options: { preset: 'lenient' },
          onPrecheckAccept: (event: CustomEvent<Accepted>) => (accepted.value = event.detail),
        }),
        h(
          'p',
          { id: 'accepted' },
          accepted.value ? `${accepted.value.file.name} ${accepted.value.report.verdict}` : '',
        ),
      ]);
  },
}).mount('#app');
