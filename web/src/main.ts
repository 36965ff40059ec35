import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import './styles/main.css';
import App from './App.vue';
import { router } from './router';
import { i18n, currentLang } from './i18n';

document.documentElement.lang = currentLang();
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app');
