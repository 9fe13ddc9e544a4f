import { createApp } from 'vue'
import ReportApp from './ReportApp.vue'

createApp(ReportApp).mount('#app')
