import { createApp } from 'vue'
import ConsoleApp from './ConsoleApp.vue'

createApp(ConsoleApp).mount('#app')
