import { createApp } from 'vue'
import WallApp from './WallApp.vue'

createApp(WallApp).mount('#app')
