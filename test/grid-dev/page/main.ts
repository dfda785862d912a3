// Dev page for looking at the three grids alone (test/grid-dev/page/grid-dev.html).
// Query: ?blank (a blank 2024 report instead of the seed), ?readonly, ?previous (show last year).
import { createApp } from 'vue';
import GridDevPage from './GridDevPage.vue';

createApp(GridDevPage).mount('#app');
